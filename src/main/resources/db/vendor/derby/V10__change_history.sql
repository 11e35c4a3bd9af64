-- Innovation Portfolio, schema 10: who changed what. Never edit after release.
-- One row per changed field of a project or of one of its records (status update, milestone, funding line,
-- outcome measure or actual, risk, note, partner, tag), written by the store in the transaction of the change.
-- Rows are only ever added: on a laptop the one user is the officer; a team portfolio on PostgreSQL refuses
-- UPDATE, DELETE and TRUNCATE of them (its own copy of this migration).
--   id           : a UUID made by the app (an identity column would add a sequence the backup check refuses)
--   line_index   : the line's place among those of one save
--   changed_at   : the instant of the save (ISO-8601 UTC, as every instant here); the history reads newest first
--   changed_by   : the OS login and officer's name on a laptop; the database role on PostgreSQL
--   project_id   : no foreign key, so the history outlives a deleted project
--   record_table : the table of the record changed ('project' for the project's own fields)
--   record_id    : that record's id (the project's for its own fields and tags)
--   record_label : what the officer knows the record by (a milestone's title), as it was
--   field        : the column (tags: "tags"), or '*' when the whole record was added or removed
--   old_value, new_value : as stored, NULL for none; a private note's text is never copied here
CREATE TABLE change_history (
    id           CHAR(36)     NOT NULL,
    line_index   INT          NOT NULL,
    changed_at   VARCHAR(40)  NOT NULL,
    changed_by   VARCHAR(500) NOT NULL,
    project_id   CHAR(36)     NOT NULL,
    record_table VARCHAR(40)  NOT NULL,
    record_id    CHAR(36)     NOT NULL,
    record_label VARCHAR(500),
    field        VARCHAR(60)  NOT NULL,
    old_value    CLOB,
    new_value    CLOB,
    CONSTRAINT pk_change_history PRIMARY KEY (id)
);
CREATE INDEX ix_change_history_project ON change_history (project_id, changed_at);

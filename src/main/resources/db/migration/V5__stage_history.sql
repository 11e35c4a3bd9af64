-- Innovation Portfolio, schema 5: each project's stage changes, kept as a log. Never edit after release.
-- Stages are stored by name; from_stage and to_stage always differ.
CREATE TABLE stage_change (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    from_stage    VARCHAR(30)  NOT NULL,
    to_stage      VARCHAR(30)  NOT NULL,
    changed_on    DATE         NOT NULL,
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_stage_change PRIMARY KEY (id),
    CONSTRAINT fk_stage_change_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_stage_change_project ON stage_change (project_id, list_index);

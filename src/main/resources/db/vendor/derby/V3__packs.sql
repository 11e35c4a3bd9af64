-- Innovation Portfolio, schema 3: what project packs need to merge safely and to undo an import.
-- Never edit after release: add V4__... instead.

-- The version of each record as last imported from a pack (their last-modified time), the common
-- ancestor of "mine" and "theirs": mine changed if it differs from this, theirs changed if theirs does.
CREATE TABLE pack_base (
    record_id           CHAR(36)    NOT NULL,
    project_id          CHAR(36)    NOT NULL,
    their_last_modified VARCHAR(40) NOT NULL,
    CONSTRAINT pk_pack_base PRIMARY KEY (record_id),
    CONSTRAINT fk_pack_base_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
-- No separate index on project_id: Derby indexes the foreign key's columns itself.

-- One row per applied import: which pack, whose, and the backup taken just before, for "Undo last import".
CREATE TABLE pack_import (
    id                 CHAR(36)      NOT NULL,
    -- The order imports were made in, even when the clock says two happened at once.
    import_number      INT           NOT NULL,
    pack_id            CHAR(36)      NOT NULL,
    sender             VARCHAR(500)  NOT NULL,
    sender_council     VARCHAR(500),
    pack_created_at    VARCHAR(40)   NOT NULL,
    imported_at        VARCHAR(40)   NOT NULL,
    backup_file        VARCHAR(4000) NOT NULL,
    projects_added     INT           NOT NULL,
    projects_updated   INT           NOT NULL,
    projects_copied    INT           NOT NULL,
    projects_kept      INT           NOT NULL,
    CONSTRAINT pk_pack_import PRIMARY KEY (id)
);
CREATE INDEX ix_pack_import_pack ON pack_import (pack_id);
CREATE UNIQUE INDEX ix_pack_import_number ON pack_import (import_number);

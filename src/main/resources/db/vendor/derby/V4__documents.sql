-- Innovation Portfolio, schema 4: files attached to projects. Never edit after release.
-- The file itself is copied into <data folder>/documents/<project id>/<stored name>; this row records it.
-- The foreign key gives Derby an index on project_id, so none is declared.
CREATE TABLE project_document (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    file_name     VARCHAR(500) NOT NULL,
    stored_name   VARCHAR(500) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    added         VARCHAR(40)  NOT NULL,
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_project_document PRIMARY KEY (id),
    CONSTRAINT fk_project_document FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

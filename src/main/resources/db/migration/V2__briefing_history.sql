-- Innovation Portfolio, schema 2: the briefing packs produced, with a snapshot of each project in them,
-- so the next pack can say what changed. Never edit after release. Same conventions as V1.

CREATE TABLE briefing_pack (
    id            CHAR(36)     NOT NULL,
    produced_at   VARCHAR(40)  NOT NULL,
    board         VARCHAR(500) NOT NULL,
    meeting_date  DATE         NOT NULL,
    marking       VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_briefing_pack PRIMARY KEY (id)
);
CREATE INDEX ix_briefing_pack_board ON briefing_pack (board, produced_at);

-- No foreign key to project: a snapshot outlives the project, so a deleted project shows as removed.
CREATE TABLE briefing_project (
    pack_id       CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    stage         VARCHAR(40)  NOT NULL,
    rag           VARCHAR(10),
    CONSTRAINT pk_briefing_project PRIMARY KEY (pack_id, project_id),
    CONSTRAINT fk_briefing_project_pack FOREIGN KEY (pack_id) REFERENCES briefing_pack (id) ON DELETE CASCADE
);

CREATE TABLE briefing_milestone (
    pack_id       CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    milestone_id  CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    due_date      DATE,
    done          BOOLEAN      NOT NULL,
    CONSTRAINT pk_briefing_milestone PRIMARY KEY (pack_id, project_id, milestone_id),
    CONSTRAINT fk_briefing_milestone_project FOREIGN KEY (pack_id, project_id)
        REFERENCES briefing_project (pack_id, project_id) ON DELETE CASCADE
);

-- Innovation Portfolio, schema 1. Never edit after release: add V2__... instead.
-- Conventions (kept to standard SQL so the store can move off Derby):
--   ids are UUIDs as CHAR(36); enums are stored by NAME, never by ordinal;
--   money is BIGINT pence; a financial year is INT (its start year);
--   instants are VARCHAR ISO-8601 UTC with nine fraction digits (exact and sortable);
--   decimals are VARCHAR (BigDecimal.toString) so scale survives the round trip;
--   one-line texts are VARCHAR(500) (the model's limit), long texts CLOB;
--   list_index keeps each list's order as it was saved, so reloads are deterministic.

CREATE TABLE catalogue_source (
    id          VARCHAR(500) NOT NULL,
    file_name   VARCHAR(500),
    title       VARCHAR(500) NOT NULL,
    published   VARCHAR(500),
    CONSTRAINT pk_catalogue_source PRIMARY KEY (id)
);

CREATE TABLE innovation (
    id                   CHAR(36)     NOT NULL,
    catalogue_key        VARCHAR(500) NOT NULL,
    title                VARCHAR(500) NOT NULL,
    programme            VARCHAR(40)  NOT NULL,
    strand               VARCHAR(60),
    summary              CLOB,
    target_group         CLOB,
    evaluation_published BOOLEAN,
    evaluator            VARCHAR(500),
    findings             CLOB,
    evidence_link        VARCHAR(500),
    award_pence          BIGINT,
    award_up_to          BOOLEAN,
    award_as_written     VARCHAR(500),
    source_id            VARCHAR(500),
    source_section       VARCHAR(500),
    shipped              BOOLEAN      NOT NULL,
    edited_by_user       BOOLEAN      NOT NULL,
    last_modified        VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_innovation PRIMARY KEY (id)
);
CREATE INDEX ix_innovation_key ON innovation (catalogue_key);

CREATE TABLE innovation_lead_org (
    innovation_id CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    organisation  VARCHAR(500) NOT NULL,
    CONSTRAINT pk_innovation_lead_org PRIMARY KEY (innovation_id, list_index),
    CONSTRAINT fk_innovation_lead_org FOREIGN KEY (innovation_id) REFERENCES innovation (id) ON DELETE CASCADE
);

CREATE TABLE innovation_partner (
    innovation_id CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    organisation  VARCHAR(500) NOT NULL,
    CONSTRAINT pk_innovation_partner PRIMARY KEY (innovation_id, list_index),
    CONSTRAINT fk_innovation_partner FOREIGN KEY (innovation_id) REFERENCES innovation (id) ON DELETE CASCADE
);

CREATE TABLE innovation_theme (
    innovation_id CHAR(36)    NOT NULL,
    theme         VARCHAR(60) NOT NULL,
    CONSTRAINT pk_innovation_theme PRIMARY KEY (innovation_id, theme),
    CONSTRAINT fk_innovation_theme FOREIGN KEY (innovation_id) REFERENCES innovation (id) ON DELETE CASCADE
);

CREATE TABLE innovation_fact (
    innovation_id  CHAR(36)     NOT NULL,
    list_index     INT          NOT NULL,
    fact_text      CLOB         NOT NULL,
    figure         VARCHAR(500),
    fact_date      VARCHAR(500),
    source_id      VARCHAR(500) NOT NULL,
    source_section VARCHAR(500),
    CONSTRAINT pk_innovation_fact PRIMARY KEY (innovation_id, list_index),
    CONSTRAINT fk_innovation_fact FOREIGN KEY (innovation_id) REFERENCES innovation (id) ON DELETE CASCADE
);

CREATE TABLE project (
    id                  CHAR(36)     NOT NULL,
    title               VARCHAR(500) NOT NULL,
    -- No foreign key: a project imported from a colleague's pack may adopt an entry this catalogue lacks.
    innovation_id       CHAR(36),
    stage               VARCHAR(30)  NOT NULL,
    lead_officer        VARCHAR(500),
    sponsor             VARCHAR(500),
    governance_board    VARCHAR(500),
    start_date          DATE,
    end_date            DATE,
    target_cohort       CLOB,
    objectives          CLOB,
    origin              VARCHAR(20)  NOT NULL,
    pack_id             CHAR(36),
    sender              VARCHAR(500),
    sender_council      VARCHAR(500),
    arrived_at          VARCHAR(40)  NOT NULL,
    their_last_modified VARCHAR(40),
    created             VARCHAR(40)  NOT NULL,
    last_modified       VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (id)
);
CREATE INDEX ix_project_innovation ON project (innovation_id);

CREATE TABLE project_tag (
    project_id CHAR(36)     NOT NULL,
    list_index INT          NOT NULL,
    tag        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_project_tag PRIMARY KEY (project_id, list_index),
    CONSTRAINT fk_project_tag FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

CREATE TABLE partner (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    organisation  VARCHAR(500) NOT NULL,
    partner_role  VARCHAR(500),
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_partner PRIMARY KEY (id),
    CONSTRAINT fk_partner_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_partner_project ON partner (project_id, list_index);

CREATE TABLE status_update (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    status_date   DATE         NOT NULL,
    rag           VARCHAR(10)  NOT NULL,
    commentary    CLOB,
    author        VARCHAR(500),
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_status_update PRIMARY KEY (id),
    CONSTRAINT fk_status_update_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_status_update_project ON status_update (project_id, list_index);

CREATE TABLE milestone (
    id             CHAR(36)     NOT NULL,
    project_id     CHAR(36)     NOT NULL,
    list_index     INT          NOT NULL,
    title          VARCHAR(500) NOT NULL,
    baseline_date  DATE,
    forecast_date  DATE,
    completed_date DATE,
    status         VARCHAR(20)  NOT NULL,
    owner          VARCHAR(500),
    last_modified  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_milestone PRIMARY KEY (id),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_milestone_project ON milestone (project_id, list_index);

CREATE TABLE funding_line (
    id                 CHAR(36)     NOT NULL,
    project_id         CHAR(36)     NOT NULL,
    list_index         INT          NOT NULL,
    funder             VARCHAR(500) NOT NULL,
    funding_type       VARCHAR(30)  NOT NULL,
    financial_year     INT          NOT NULL,
    awarded_pence      BIGINT       NOT NULL,
    spent_pence        BIGINT       NOT NULL,
    forecast_pence     BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    reference          VARCHAR(500),
    funding_conditions CLOB,
    last_modified      VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_funding_line PRIMARY KEY (id),
    CONSTRAINT fk_funding_line_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_funding_line_project ON funding_line (project_id, list_index);

CREATE TABLE outcome_measure (
    id             CHAR(36)     NOT NULL,
    project_id     CHAR(36)     NOT NULL,
    list_index     INT          NOT NULL,
    name           VARCHAR(500) NOT NULL,
    measure_unit   VARCHAR(500),
    direction      VARCHAR(30)  NOT NULL,
    baseline_value VARCHAR(200),
    baseline_date  DATE,
    target_value   VARCHAR(200),
    target_date    DATE,
    last_modified  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_outcome_measure PRIMARY KEY (id),
    CONSTRAINT fk_outcome_measure_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_outcome_measure_project ON outcome_measure (project_id, list_index);

CREATE TABLE outcome_actual (
    id            CHAR(36)     NOT NULL,
    measure_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    actual_date   DATE         NOT NULL,
    actual_value  VARCHAR(200) NOT NULL,
    note          CLOB,
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_outcome_actual PRIMARY KEY (id),
    CONSTRAINT fk_outcome_actual_measure FOREIGN KEY (measure_id) REFERENCES outcome_measure (id) ON DELETE CASCADE
);
CREATE INDEX ix_outcome_actual_measure ON outcome_actual (measure_id, list_index);

CREATE TABLE risk (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    description   VARCHAR(500) NOT NULL,
    likelihood    INT          NOT NULL,
    impact        INT          NOT NULL,
    owner         VARCHAR(500),
    mitigation    CLOB,
    status        VARCHAR(20)  NOT NULL,
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_risk PRIMARY KEY (id),
    CONSTRAINT fk_risk_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 5),
    CONSTRAINT ck_risk_impact CHECK (impact BETWEEN 1 AND 5)
);
CREATE INDEX ix_risk_project ON risk (project_id, list_index);

CREATE TABLE note (
    id            CHAR(36)     NOT NULL,
    project_id    CHAR(36)     NOT NULL,
    list_index    INT          NOT NULL,
    note_date     DATE         NOT NULL,
    note_kind     VARCHAR(20)  NOT NULL,
    note_text     CLOB         NOT NULL,
    author        VARCHAR(500),
    private_note  BOOLEAN      NOT NULL,
    last_modified VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT fk_note_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX ix_note_project ON note (project_id, list_index);

CREATE TABLE setting (
    setting_key   VARCHAR(200) NOT NULL,
    setting_value CLOB         NOT NULL,
    CONSTRAINT pk_setting PRIMARY KEY (setting_key)
);

-- Innovation Portfolio, schema 10, for PostgreSQL: who changed what. Never edit after release.
-- The same table as db/vendor/derby/V10__change_history.sql (TEXT for CLOB), and here it is append-only, whoever
-- connects (the table's owner included): a trigger refuses UPDATE, DELETE and TRUNCATE, and sets changed_by to
-- the database role that inserts the row and changed_at to the transaction's time on the server's clock (written
-- as the app writes instants), whatever the client sent. `team init` also grants the editor role only SELECT and
-- INSERT on it.
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
    old_value    TEXT,
    new_value    TEXT,
    CONSTRAINT pk_change_history PRIMARY KEY (id)
);
CREATE INDEX ix_change_history_project ON change_history (project_id, changed_at);

CREATE FUNCTION change_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.changed_by := current_user;
        NEW.changed_at := to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"000Z"');
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The change history is append-only: % of its rows is not allowed.', TG_OP
        USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER change_history_who BEFORE INSERT ON change_history
    FOR EACH ROW EXECUTE FUNCTION change_history_append_only();
CREATE TRIGGER change_history_kept BEFORE UPDATE OR DELETE ON change_history
    FOR EACH ROW EXECUTE FUNCTION change_history_append_only();
CREATE TRIGGER change_history_not_emptied BEFORE TRUNCATE ON change_history
    FOR EACH STATEMENT EXECUTE FUNCTION change_history_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON change_history FROM PUBLIC;

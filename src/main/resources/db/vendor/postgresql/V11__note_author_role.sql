-- Innovation Portfolio, schema 11, for PostgreSQL: private notes stay private in a team. Never edit after release.
-- Each note records the database role that wrote it (author_role; existing notes are the migrating user's, the
-- portfolio's only user until now). Row-level security, forced on the table's owner too, shows and lets change a
-- private note only to its author: every other role reads, updates and deletes none of it, whatever the app does.
-- Public notes are everyone's, as before.
ALTER TABLE note ADD COLUMN author_role VARCHAR(128) DEFAULT current_user;
UPDATE note SET author_role = current_user WHERE author_role IS NULL;
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
ALTER TABLE note FORCE ROW LEVEL SECURITY;
CREATE POLICY note_private_to_author ON note
    USING (NOT private_note OR author_role = current_user)
    WITH CHECK (NOT private_note OR author_role = current_user);

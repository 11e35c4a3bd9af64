-- Innovation Portfolio, schema 11: the database user who wrote each note, so a team portfolio on PostgreSQL keeps
-- a private note to its author (its own copy of this migration adds the rule). Never edit after release.
-- On a laptop there is one user: the column is kept so both engines have the same schema, and stays empty.
ALTER TABLE note ADD COLUMN author_role VARCHAR(128);

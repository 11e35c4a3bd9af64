-- Innovation Portfolio, schema 9: each project's version, so that a save never overwrites a change it did not
-- see (two people editing one project on a team portfolio; two windows or processes on one laptop). Never edit
-- after release.
--   row_version : 1 when the project is first saved, one more at every save of it (its details or any of its
--                 records). A save states the version it was made from and is refused when the stored one has
--                 moved on; the check and the increment are one UPDATE of the project's row, in the save's
--                 transaction, so only that row is locked and other projects' saves never wait for it.
ALTER TABLE project ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
-- An outcome measure's actuals are no longer deleted by a cascade from the measure: Derby takes a lock on the
-- whole outcome_actual table for a cascade (even one that deletes nothing), which made every save of a project
-- with outcomes wait for any other project's save in flight. The app deletes a project's actuals itself, by
-- their measures' ids, before the measures.
ALTER TABLE outcome_actual DROP CONSTRAINT fk_outcome_actual_measure;
ALTER TABLE outcome_actual ADD CONSTRAINT fk_outcome_actual_measure FOREIGN KEY (measure_id)
    REFERENCES outcome_measure (id);

-- Innovation Portfolio, schema 8: when a project's own details last changed, apart from its last-modified time,
-- which every save of one of its records (a milestone, a risk, a funding line) moves. Never edit after release.
-- "Details" are the fields a pack exchanges: title, catalogue entry, stage, lead officer, sponsor, board, start and
-- end dates, target cohort, objectives, tags (not the decision sought, which packs do not carry).
--   details_modified  : the last-modified time of the save that last changed a detail. Existing projects start
--                       from their last-modified time, the best this schema knew. NULL reads as last_modified.
--   details_exchanged : details_modified as it was when the details were last sent in a pack or matched an
--                       imported pack's, so a pack merge can tell "changed here since the exchange" without the
--                       child records' saves; NULL when not known (the merge then uses the pack base, as before).
ALTER TABLE project ADD COLUMN details_modified VARCHAR(40);
ALTER TABLE project ADD COLUMN details_exchanged VARCHAR(40);
UPDATE project SET details_modified = last_modified;

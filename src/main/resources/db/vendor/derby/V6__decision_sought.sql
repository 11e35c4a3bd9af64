-- Innovation Portfolio, schema 6: the decision a project asks of the board, shown first on its briefing page.
-- Never edit after release. Null when nothing is asked.
ALTER TABLE project ADD COLUMN decision_sought CLOB;

-- A catalogue entry may cite more than one source: its citations move from two innovation columns to a child
-- table, in the order cited. Existing citations are carried over as each entry's first (and only) one.

CREATE TABLE innovation_citation (
    innovation_id  CHAR(36)     NOT NULL,
    list_index     INT          NOT NULL,
    source_id      VARCHAR(500) NOT NULL,
    source_section VARCHAR(500),
    CONSTRAINT pk_innovation_citation PRIMARY KEY (innovation_id, list_index),
    CONSTRAINT fk_innovation_citation FOREIGN KEY (innovation_id) REFERENCES innovation (id) ON DELETE CASCADE
);

INSERT INTO innovation_citation (innovation_id, list_index, source_id, source_section)
    SELECT id, 0, source_id, source_section FROM innovation WHERE source_id IS NOT NULL;

ALTER TABLE innovation DROP COLUMN source_id;
ALTER TABLE innovation DROP COLUMN source_section;

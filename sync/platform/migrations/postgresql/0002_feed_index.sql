-- 0002: the change feed's index carries each row's area and type.
-- A page of one township's changes was found by walking resource_seq_idx and reading every row
-- from the table to test its area: at a county of 27 million rows, a township of 2 % read about 50
-- rows per row it returned, and its initial pull took 140 s. With area and type in the index, the
-- page's sequence numbers come from the index alone (an index-only scan, on pages VACUUM has
-- marked all-visible: autovacuum does so as rows arrive, jiayi-platform-load after a bulk load),
-- and only the rows returned are read (docs/decisions.md, "The feed's covering index").
-- Building it locks writes to the table for its duration: minutes at a county's size.
CREATE UNIQUE INDEX resource_feed_idx ON resource (seq) INCLUDE (area, type);
DROP INDEX resource_seq_idx;

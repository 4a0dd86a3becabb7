-- 0003: each area's changes in feed order.
-- 0002 let a page of the feed be found in an index, but a token for a few villages still walked
-- the whole feed after its cursor and tested each entry's area: 27 million entries and 17 s of a
-- township's initial pull at a county of 1,000,000 residents. With (area, seq), the page is the
-- first rows after the cursor of each of the token's areas, merged in seq order: about as many
-- index entries as rows returned (docs/decisions.md, "The feed's covering index"). The "C"
-- collation makes the range of codes under a prefix (prefix <= area < prefix || ':') the range of
-- the index whatever the database's collation; type is there for a feed of one type.
-- Building it locks writes to the table for its duration: a minute at a county's size.
CREATE INDEX resource_area_idx ON resource (area COLLATE "C", seq) INCLUDE (type);

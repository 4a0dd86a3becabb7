-- 0013: the personal basic-information form of a resident is one synced record whose id is the
-- resident's id (docs/sync.md), so two workstations filling in the same resident's form offline
-- merge per field instead of producing two records. Nothing refers to basic_info.id, and its
-- outbox entries already name the resident's id.
UPDATE basic_info SET id = resident_id WHERE id <> resident_id;

-- 0013: two index entries fewer for every resident written (import, sync, demo, the form).
-- resident_village_birth (0005) held (village_code, birth_date, id) of live residents;
-- contract_population (0006) holds (village_code, deleted, birth_date, id) of all of them, so every
-- query that reads one village's birth range with deleted = 0 (immunization session lists and
-- coverage, contract populations) is served by it with the same equality prefix and order.
DROP INDEX IF EXISTS resident_village_birth;
-- resident_household (0001) held a NULL entry for every resident without a household (every
-- imported or synced one until it is assigned); all its queries ask for household_id = ? or
-- household_id IS NOT NULL, which the partial index answers the same way.
DROP INDEX IF EXISTS resident_household;
CREATE INDEX resident_household ON resident(household_id) WHERE household_id IS NOT NULL;

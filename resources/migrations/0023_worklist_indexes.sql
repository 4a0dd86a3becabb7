-- 0023: indexes for the daily work list of a township (docs/decisions.md, "The work list of a
-- township").
-- resident_village_living holds (village_code, deleted, birth_date, life_date, id): a village's or
-- a township's residents in the population on a day (Population::livingOn tests deleted and
-- life_date), in an age band or not, come from the index alone, without reading each resident's
-- row. It answers everything contract_population (0006: the same columns but life_date) did,
-- with the same equality prefix and order, and replaces it.
CREATE INDEX resident_village_living ON resident(village_code, deleted, birth_date, life_date, id);
DROP INDEX IF EXISTS contract_population;
-- The open tasks of a contract by due date: the work list's "tasks due by Sunday" read every task
-- of each contract and kept the few open ones.
CREATE INDEX contract_task_open ON contract_task(contract_id, due_on)
    WHERE status = 'open' AND deleted = 0;
-- The open flags of a kind (the women flagged pregnant, about 1 in 160 residents): a township's
-- women to book start from them, not from every resident of the township; one village's still
-- start from its residents (the planner chooses with the statistics below).
CREATE INDEX resident_flag_open ON resident_flag(flag, resident_id)
    WHERE deleted = 0 AND until IS NULL;
-- The planner's statistics for the new indexes (PlannerStatistics refreshes a table only when
-- its row count moves).
ANALYZE resident;
ANALYZE contract_task;
ANALYZE resident_flag;

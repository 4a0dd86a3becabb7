-- 0023: two indexes for the daily work list of a township (docs/decisions.md, "The work list of a
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
-- The planner's statistics for the new indexes (PlannerStatistics refreshes a table only when
-- its row count moves).
ANALYZE resident;
ANALYZE contract_task;

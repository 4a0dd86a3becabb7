-- 0026: report table 01 and 健康档案使用率 from indexes alone (docs/decisions.md, "Session 12").
-- The records created in a period: 01 counted them by reading every resident's whole row
-- (created_at is in no index), so the whole table was read and sorted by village. With this
-- index the few created in a quarter are a range, and 01 reads the population from
-- resident_village_living like the other population tables.
CREATE INDEX resident_created ON resident(created_at);
-- The residents with a chronic follow-up in a range of days, from the follow-up's own
-- resident_id (as encounter_day and health_check_day in 0024): 01's and 健康档案使用率's "in use"
-- went through each follow-up's registration, about 119,000 look-ups of a text key a year at
-- 200,000 residents. It answers everything chronic_followup_date (0004: visit_date alone) did
-- and replaces it.
CREATE INDEX chronic_followup_day ON chronic_followup(visit_date, deleted, resident_id);
DROP INDEX IF EXISTS chronic_followup_date;
-- The residents in a key population on a day (KeyPopulation::categorySql: the open chronic
-- registrations of a programme, the flags of a kind) from an index alone: 签约 tables read every
-- registration's whole row (a WITHOUT ROWID table: the row is the primary key's b-tree) and every
-- flag once per kind. closed_on after registered_on: first, it made SQLite split "closed_on IS
-- NULL OR closed_on > day" into two searches and look each registration up again (07-1 went from
-- 190 to 260 ms). chronic_programme (0003: programme, closed_on) is no longer needed.
CREATE INDEX chronic_registration_open
    ON chronic_registration(programme, deleted, registered_on, closed_on, resident_id);
DROP INDEX IF EXISTS chronic_programme;
CREATE INDEX resident_flag_day ON resident_flag(flag, deleted, since, until, resident_id);
ANALYZE resident;
ANALYZE chronic_followup;
ANALYZE chronic_registration;
ANALYZE resident_flag;

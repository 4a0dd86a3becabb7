-- 0024: the encounters and health checks of a range of days from an index alone (docs/decisions.md,
-- "Indicators at 200,000 residents, session 10"). 健康档案使用率 (and report table 01's "dynamic"
-- column) ask which residents had an encounter or a health check in the 12 months up to a day:
-- without these, SQLite read every row of both tables (the health check's row holds the whole
-- examination form), about a fifth of the indicators' SQL time on a township.
CREATE INDEX encounter_day ON encounter(visit_date, deleted, resident_id);
CREATE INDEX health_check_day ON health_check(check_date, deleted, resident_id);
ANALYZE encounter;
ANALYZE health_check;

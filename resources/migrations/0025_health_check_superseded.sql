-- 0025: the health checks a later amendment replaces, from an index alone (docs/decisions.md,
-- "Session 11"). Every count of health checks (老年人健康管理率, report tables 01 and 06, the
-- elderly work list) leaves out a check that another one supersedes: SQLite read every row of the
-- table (each holds the whole examination form, 12 MB at 200,000 residents) to find the few that
-- are superseded. The index holds only those.
CREATE INDEX health_check_superseded ON health_check(supersedes)
    WHERE supersedes IS NOT NULL AND deleted = 0;
ANALYZE health_check;

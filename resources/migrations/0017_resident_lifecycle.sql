-- 0017: the resident's lifecycle. A resident leaves the population (every denominator and every
-- work list) from life_date on: deceased (date, cause), moved away (date, destination) or record
-- closed (注销, why). Nothing is deleted; an administrator can undo it (life_status back to
-- 'active', life_date NULL). Every change is also an event row, so the timeline shows who did
-- what and why, and "transferred in from another clinic" (the resident stays active) is one too.
-- The population predicate lives in models/storage/population.h; use it, do not spell it again.
ALTER TABLE resident ADD COLUMN life_status TEXT NOT NULL DEFAULT 'active'
    CHECK (life_status IN ('active', 'deceased', 'moved', 'closed'));
ALTER TABLE resident ADD COLUMN life_date TEXT;                   -- YYYY-MM-DD, NULL while active
ALTER TABLE resident ADD COLUMN life_reason TEXT NOT NULL DEFAULT ''; -- cause, destination, why
CREATE INDEX resident_life ON resident(life_date) WHERE life_date IS NOT NULL;

CREATE TABLE resident_life_event (
    id          TEXT PRIMARY KEY,                  -- UUID
    resident_id TEXT NOT NULL REFERENCES resident(id),
    kind        TEXT NOT NULL
                CHECK (kind IN ('deceased', 'moved', 'closed', 'transferred_in', 'reopened')),
    event_date  TEXT NOT NULL,                     -- YYYY-MM-DD the event took effect
    detail      TEXT NOT NULL DEFAULT '',          -- cause of death, destination, source clinic, why
    recorded_by TEXT NOT NULL,                     -- user name (ids in logs, names on screen)
    recorded_at TEXT NOT NULL                      -- UTC
);
CREATE INDEX resident_life_event_resident ON resident_life_event(resident_id, event_date);

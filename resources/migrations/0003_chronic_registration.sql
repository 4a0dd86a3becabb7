-- 0003: registration of a resident into chronic-disease management (DOMAIN.md 1.3, 1.4).
-- Shared by chronic follow-ups, contracts (key-population suggestions) and indicators.
CREATE TABLE chronic_registration (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    programme       TEXT NOT NULL CHECK (programme IN ('hypertension', 'diabetes')),
    icd10           TEXT NOT NULL,                  -- e.g. I10, I10.x00x002, E11.900
    icd_version     TEXT NOT NULL,                  -- code-system version of icd10
    diagnosed_on    TEXT NOT NULL,                  -- YYYY-MM-DD
    diagnosis_source TEXT NOT NULL DEFAULT '',
    risk_level      TEXT NOT NULL DEFAULT '',
    registered_on   TEXT NOT NULL,
    doctor_id       TEXT NOT NULL DEFAULT '',
    closed_on       TEXT,                           -- NULL while under management
    close_reason    TEXT,                           -- moved, died, lost, other
    close_note      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX chronic_open_once ON chronic_registration(resident_id, programme)
    WHERE closed_on IS NULL AND deleted = 0;
CREATE INDEX chronic_programme ON chronic_registration(programme, closed_on);

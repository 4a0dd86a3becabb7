-- 0007: the rest of the resident health record (DOMAIN.md 1.2): the personal basic information
-- form, health examinations, encounters, and merges of duplicate residents.

-- Personal basic information beyond the resident row: one row per resident. `form_json` holds
-- the coded answers (blood group, education, payment, allergies, history...); the field list and
-- its code tables are data (resources/codes/basic_info_form.json).
CREATE TABLE basic_info (
    id              TEXT PRIMARY KEY,               -- UUID
    resident_id     TEXT NOT NULL UNIQUE REFERENCES resident(id),
    form_json       TEXT NOT NULL DEFAULT '{}',
    form_version    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Health examination (健康体检表). Append-only: a correction is a new row that supersedes the
-- old one. Key values are copied into columns for lists and indicators; the whole form is JSON.
CREATE TABLE health_check (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    check_date      TEXT NOT NULL,                  -- YYYY-MM-DD
    doctor          TEXT NOT NULL DEFAULT '',
    sbp             INTEGER,
    dbp             INTEGER,
    fbg             REAL,                           -- mmol/L
    bmi             REAL,
    evaluation      INTEGER,                        -- 1 无异常, 2 有异常
    form_json       TEXT NOT NULL DEFAULT '{}',
    form_version    TEXT NOT NULL DEFAULT '',
    supersedes      TEXT,                           -- id of the version this corrects
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX health_check_resident ON health_check(resident_id, check_date);

-- Encounter (接诊记录), append-only like health_check. Diagnoses are JSON
-- [{"code":"I10.x00","name":"高血压","version":"icd10-cn-primary-2024.1"}].
CREATE TABLE encounter (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    visit_date      TEXT NOT NULL,
    visit_type      TEXT NOT NULL CHECK (visit_type IN ('clinic', 'home', 'phone')),
    subjective      TEXT NOT NULL DEFAULT '',
    objective       TEXT NOT NULL DEFAULT '',
    assessment      TEXT NOT NULL DEFAULT '',
    diagnoses_json  TEXT NOT NULL DEFAULT '[]',
    plan            TEXT NOT NULL DEFAULT '',
    prescriptions   TEXT NOT NULL DEFAULT '',       -- free lines
    referral_to     TEXT NOT NULL DEFAULT '',
    referral_reason TEXT NOT NULL DEFAULT '',
    doctor          TEXT NOT NULL DEFAULT '',
    supersedes      TEXT,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX encounter_resident ON encounter(resident_id, visit_date);

-- A merge of two residents found to be the same person: the rows moved from the merged
-- resident to the survivor are listed in moved_json so the merge can be undone.
CREATE TABLE resident_merge (
    id              TEXT PRIMARY KEY,
    survivor_id     TEXT NOT NULL REFERENCES resident(id),
    merged_id       TEXT NOT NULL REFERENCES resident(id),
    moved_json      TEXT NOT NULL,                  -- [{"table":"encounter","id":"..."}...]
    merged_at       TEXT NOT NULL,
    merged_by       TEXT NOT NULL,
    undone_at       TEXT,
    undone_by       TEXT
) WITHOUT ROWID;
CREATE INDEX resident_merge_survivor ON resident_merge(survivor_id);

-- Pairs a person has looked at and declared different people, so the scan stops proposing them.
CREATE TABLE duplicate_dismissal (
    resident_a      TEXT NOT NULL,                  -- the smaller id of the pair
    resident_b      TEXT NOT NULL,
    dismissed_at    TEXT NOT NULL,
    dismissed_by    TEXT NOT NULL,
    PRIMARY KEY (resident_a, resident_b)
) WITHOUT ROWID;

-- Lookups used by import idempotence (name + birth date + village) and the duplicate scan.
CREATE INDEX resident_name_birth ON resident(name, birth_date) WHERE deleted = 0;

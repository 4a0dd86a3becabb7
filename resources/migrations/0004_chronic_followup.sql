-- 0004: hypertension and type 2 diabetes follow-ups (DOMAIN.md 1.3, 1.4), the per-registration
-- schedule the worklists read, and target populations for the management rate (DOMAIN.md 1.5).

-- One row per follow-up visit (the national record forms). Append-only: a correction is a new
-- row whose `supersedes` names the old one, which is then tombstoned (deleted = 1).
CREATE TABLE chronic_followup (
    id               TEXT PRIMARY KEY,
    registration_id  TEXT NOT NULL REFERENCES chronic_registration(id),
    resident_id      TEXT NOT NULL REFERENCES resident(id),
    programme        TEXT NOT NULL CHECK (programme IN ('hypertension', 'diabetes')),
    visit_date       TEXT NOT NULL,                 -- YYYY-MM-DD
    mode             INTEGER NOT NULL CHECK (mode IN (1, 2, 3)), -- 门诊, 家庭, 电话
    symptoms         TEXT NOT NULL DEFAULT '',      -- codes of chronic_symptom, comma-separated
    symptoms_other   TEXT NOT NULL DEFAULT '',
    sbp              INTEGER,
    dbp              INTEGER,
    weight           REAL,
    weight_target    REAL,
    height           REAL,
    bmi              REAL,
    bmi_target       REAL,
    heart_rate       INTEGER,
    other_signs      TEXT NOT NULL DEFAULT '',
    foot_pulse       TEXT NOT NULL DEFAULT '',      -- diabetes: normal/weak/absent + side
    cigarettes       INTEGER,
    cigarettes_target INTEGER,
    alcohol          REAL,                          -- 两/day
    alcohol_target   REAL,
    exercise_times   INTEGER,
    exercise_minutes INTEGER,
    exercise_times_target INTEGER,
    exercise_minutes_target INTEGER,
    salt             TEXT NOT NULL DEFAULT '',      -- hypertension: light/medium/heavy
    salt_target      TEXT NOT NULL DEFAULT '',
    staple_food      INTEGER,                       -- diabetes: g/day
    staple_food_target INTEGER,
    psychology       INTEGER,                       -- 1 良好 2 一般 3 差
    compliance       INTEGER,
    fbg              REAL,                          -- mmol/L
    hba1c            REAL,                          -- %
    hba1c_date       TEXT,
    aux_exam         TEXT NOT NULL DEFAULT '',
    adherence        INTEGER,                       -- 1 规律 2 间断 3 不服药
    adverse_reaction INTEGER NOT NULL DEFAULT 0,
    adverse_note     TEXT NOT NULL DEFAULT '',
    hypoglycemia     INTEGER,                       -- diabetes: 1 无 2 偶尔 3 频繁
    complication     INTEGER NOT NULL DEFAULT 0,
    medications      TEXT NOT NULL DEFAULT '[]',    -- JSON [{name, times_per_day, dose}]
    insulin          TEXT NOT NULL DEFAULT '',      -- diabetes: type, usage and dose
    class            INTEGER NOT NULL CHECK (class IN (1, 2, 3, 4)), -- 此次随访分类
    emergency        INTEGER NOT NULL DEFAULT 0,
    referral         INTEGER NOT NULL DEFAULT 0,
    referral_reason  TEXT NOT NULL DEFAULT '',
    referral_to      TEXT NOT NULL DEFAULT '',
    rule_set         TEXT NOT NULL,                 -- e.g. nbphs2017/1
    rules            TEXT NOT NULL DEFAULT '[]',    -- JSON list of the rules that fired
    quality_warning  TEXT NOT NULL DEFAULT '',
    next_date        TEXT NOT NULL,
    doctor_id        TEXT NOT NULL DEFAULT '',
    supersedes       TEXT,
    created_at       TEXT NOT NULL,
    server_version   TEXT,
    base_json        TEXT,
    dirty            INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX chronic_followup_reg ON chronic_followup(registration_id, visit_date);
CREATE INDEX chronic_followup_date ON chronic_followup(visit_date);
-- Covers the yearly indicators: a range scan of one year reads no table rows.
CREATE INDEX chronic_followup_year
    ON chronic_followup(programme, deleted, visit_date, registration_id, mode, sbp, dbp, fbg);

-- Local, derived, never synced: the latest visit and the next due date of each registration,
-- kept in the same transaction as the follow-up so worklists read one small table.
CREATE TABLE chronic_schedule (
    registration_id TEXT PRIMARY KEY REFERENCES chronic_registration(id),
    last_visit      TEXT,
    last_class      INTEGER,
    next_due        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX chronic_schedule_due ON chronic_schedule(next_due);

-- How many patients the area should manage (管理率 denominator), when the county sets it.
CREATE TABLE chronic_target_population (
    programme  TEXT NOT NULL CHECK (programme IN ('hypertension', 'diabetes')),
    year       INTEGER NOT NULL,
    area_code  TEXT NOT NULL,                       -- '' for the whole database
    population INTEGER NOT NULL CHECK (population > 0),
    PRIMARY KEY (programme, year, area_code)
) WITHOUT ROWID;

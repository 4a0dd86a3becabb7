-- 0020: maternal health (孕产妇健康管理) and children 0-6 (0～6岁儿童健康管理), docs/domain/
-- maternal.md and child.md. A pregnancy runs from booking (建册, the first prenatal form) to the
-- 42-day check; its visits are rows of maternal_visit; the birth links the newborn residents
-- (pregnancy_child). The children's forms are rows of child_check with the growth measurements
-- and their z-scores (assessed at entry, with the rules' version) as columns for the lists and
-- the chart, and the rest of each paper form as JSON. Readable only with maternal.read.
CREATE TABLE pregnancy (
    id                TEXT PRIMARY KEY,                 -- UUID
    resident_id       TEXT NOT NULL REFERENCES resident(id),
    lmp               TEXT NOT NULL,                    -- YYYY-MM-DD 末次月经
    edd               TEXT NOT NULL,                    -- 预产期
    edd_rule          TEXT NOT NULL CHECK (edd_rule IN ('naegele', 'lmp280', 'ultrasound')),
    booked_on         TEXT NOT NULL,                    -- 建册 = first prenatal exam date
    booking_day       INTEGER NOT NULL,                 -- gestational day at booking (<91: early)
    gravidity         INTEGER NOT NULL DEFAULT 1,       -- 孕次, this pregnancy included
    parity            INTEGER NOT NULL DEFAULT 0,       -- 产次
    risk_proposed     TEXT NOT NULL DEFAULT 'green'
                      CHECK (risk_proposed IN ('green', 'yellow', 'orange', 'red', 'purple')),
    risk_grade        TEXT NOT NULL DEFAULT ''          -- '' until a doctor confirms
                      CHECK (risk_grade IN ('', 'green', 'yellow', 'orange', 'red', 'purple')),
    risk_infectious   INTEGER NOT NULL DEFAULT 0,       -- 紫 combined with another colour
    risk_confirmed_by TEXT NOT NULL DEFAULT '',
    risk_reasons      TEXT NOT NULL DEFAULT '[]',       -- JSON: the screen's findings
    midwifery         INTEGER NOT NULL DEFAULT 0,       -- the clinic examines visits 2-5 itself
    booking_form      TEXT NOT NULL DEFAULT '{}',       -- JSON: the rest of the first form
    delivered_on      TEXT,                             -- 分娩日期
    delivery_place    TEXT NOT NULL DEFAULT '',
    delivery_outcome  TEXT NOT NULL DEFAULT '',         -- live_birth, stillbirth, miscarriage ...
    discharged_on     TEXT,                             -- 出院日期
    closed_on         TEXT,                             -- 结案 (42-day check) or lost
    close_reason      TEXT NOT NULL DEFAULT '',         -- closed, referred, lost, death, miscarriage
    doctor_id         TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    server_version    TEXT,                             -- sync (as every synced table)
    base_json         TEXT,
    dirty             INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pregnancy_resident ON pregnancy(resident_id, deleted);
CREATE INDEX pregnancy_open ON pregnancy(closed_on, deleted, edd);
CREATE INDEX pregnancy_delivered ON pregnancy(delivered_on) WHERE delivered_on IS NOT NULL;

CREATE TABLE maternal_visit (
    id             TEXT PRIMARY KEY,
    pregnancy_id   TEXT NOT NULL REFERENCES pregnancy(id),
    resident_id    TEXT NOT NULL REFERENCES resident(id),
    kind           TEXT NOT NULL CHECK (kind IN ('prenatal', 'postpartum', 'check42')),
    visit_no       INTEGER NOT NULL DEFAULT 0,          -- 2-5 for prenatal visits
    visit_date     TEXT NOT NULL,
    urged_only     INTEGER NOT NULL DEFAULT 0,          -- 督促日期 recorded instead of results
    gestational_day INTEGER,                            -- prenatal visits
    classification TEXT NOT NULL DEFAULT '',            -- normal/abnormal; recovered/not_recovered
    disposition    TEXT NOT NULL DEFAULT '',            -- check42: closed/referred
    form           TEXT NOT NULL DEFAULT '{}',          -- JSON: the form's other fields
    next_date      TEXT,
    doctor_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    server_version TEXT,
    base_json      TEXT,
    dirty          INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX maternal_visit_pregnancy ON maternal_visit(pregnancy_id, kind, deleted);
CREATE INDEX maternal_visit_date ON maternal_visit(kind, visit_date);

CREATE TABLE pregnancy_child (
    pregnancy_id   TEXT NOT NULL REFERENCES pregnancy(id),
    child_id       TEXT NOT NULL REFERENCES resident(id),
    birth_weight_g INTEGER,
    birth_length_cm REAL,
    gestation_day  INTEGER,                             -- 出生孕周 in days
    PRIMARY KEY (pregnancy_id, child_id)
);
CREATE INDEX pregnancy_child_child ON pregnancy_child(child_id);

CREATE TABLE child_check (
    id           TEXT PRIMARY KEY,
    resident_id  TEXT NOT NULL REFERENCES resident(id),
    kind         TEXT NOT NULL CHECK (kind IN ('newborn', 'infant', 'toddler', 'preschool', 'extra')),
    age_code     TEXT NOT NULL DEFAULT '',              -- 1m 3m 6m 8m 12m 18m 24m 30m 3y 4y 5y 6y
    check_date   TEXT NOT NULL,
    age_days     INTEGER NOT NULL,
    weight_kg    REAL,
    length_cm    REAL,                                  -- as measured
    standing     INTEGER NOT NULL DEFAULT 0,            -- 身高 (standing) or 身长 (lying)
    head_cm      REAL,
    hb_g_l       REAL,
    z_wfa        REAL,
    z_lhfa       REAL,
    z_wflh       REAL,
    z_bmifa      REAL,
    z_hcfa       REAL,
    growth_flags TEXT NOT NULL DEFAULT '',              -- comma-separated codes (underweight ...)
    growth_rules TEXT NOT NULL DEFAULT '',              -- growth_rules.json version used
    form         TEXT NOT NULL DEFAULT '{}',            -- JSON: the form's other fields
    next_date    TEXT,
    doctor_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    server_version TEXT,
    base_json    TEXT,
    dirty        INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX child_check_resident ON child_check(resident_id, deleted, check_date);
CREATE INDEX child_check_date ON child_check(check_date);
CREATE INDEX child_check_flags ON child_check(resident_id) WHERE growth_flags <> '';

-- 0021: patients shared with specialist institutions (issue 19): severe mental disorders (restricted
-- records: permission mental.read), tuberculosis and two-way referral. docs/domain/mental.md,
-- tb.md, referral.md. The form's remaining items travel in form_json (the columns are what lists,
-- work lists and indicators query). Every row carries the sync columns of the other records.

CREATE TABLE mental_patient (
    id                 TEXT PRIMARY KEY,                 -- UUID
    resident_id        TEXT NOT NULL REFERENCES resident(id),
    disease            TEXT NOT NULL CHECK (disease IN ('精神分裂症', '分裂情感性障碍',
                           '偏执性精神病', '双相情感障碍', '癫痫所致精神障碍',
                           '精神发育迟滞伴发精神障碍')),
    diagnosed_on       TEXT NOT NULL DEFAULT '',         -- YYYY-MM-DD
    diagnosis_hospital TEXT NOT NULL DEFAULT '',
    first_onset        TEXT NOT NULL DEFAULT '',         -- YYYY-MM or YYYY-MM-DD
    guardian_name      TEXT NOT NULL DEFAULT '',
    guardian_relation  TEXT NOT NULL DEFAULT '',
    guardian_phone     TEXT NOT NULL DEFAULT '',
    locked_history     TEXT NOT NULL DEFAULT '',         -- 关锁情况: 无关锁 / 关锁 / 关锁已解除
    form_json          TEXT NOT NULL DEFAULT '{}',       -- the rest of 个人信息补充表
    registered_on      TEXT NOT NULL,
    doctor_id          TEXT NOT NULL DEFAULT '',
    closed_on          TEXT,
    close_reason       TEXT,
    created_at         TEXT NOT NULL,
    server_version     TEXT,
    base_json          TEXT,
    dirty              INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX mental_open_once ON mental_patient(resident_id)
    WHERE closed_on IS NULL AND deleted = 0;

CREATE TABLE mental_followup (
    id             TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES mental_patient(id),
    resident_id    TEXT NOT NULL REFERENCES resident(id),
    visit_date     TEXT NOT NULL,                        -- YYYY-MM-DD
    visit_form     TEXT NOT NULL DEFAULT '' CHECK (visit_form IN ('', '门诊', '家庭访视', '电话')),
    seen           INTEGER NOT NULL DEFAULT 1,           -- 0: 未访到 / lost this period
    lost_reason    TEXT NOT NULL DEFAULT '',
    risk           INTEGER CHECK (risk BETWEEN 0 AND 5),
    class          TEXT NOT NULL DEFAULT '' CHECK (class IN ('', '不稳定', '基本稳定', '稳定')),
    next_visit     TEXT,                                 -- YYYY-MM-DD
    referred       INTEGER NOT NULL DEFAULT 0,
    rule_set       TEXT NOT NULL DEFAULT '',
    form_json      TEXT NOT NULL DEFAULT '{}',           -- symptoms, insight, social, drugs, ...
    doctor_id      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    server_version TEXT,
    base_json      TEXT,
    dirty          INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX mental_followup_patient ON mental_followup(patient_id, visit_date);

CREATE TABLE tb_patient (
    id                 TEXT PRIMARY KEY,
    resident_id        TEXT NOT NULL REFERENCES resident(id),
    notified_at        TEXT NOT NULL,                    -- UTC ISO date-time of the notice
    notifying_unit     TEXT NOT NULL DEFAULT '',         -- the designated institution
    patient_type       TEXT NOT NULL DEFAULT '',         -- 初治 / 复治 / 耐药
    regimen            TEXT NOT NULL DEFAULT '',         -- e.g. 2HRZE/4HR
    intensive_start    TEXT NOT NULL,                    -- YYYY-MM-DD, from the notice
    intensive_end      TEXT NOT NULL,
    continuation_end   TEXT NOT NULL,
    supervision        TEXT NOT NULL DEFAULT '',         -- tb.json supervision_modes
    form_json          TEXT NOT NULL DEFAULT '{}',
    closed_on          TEXT,                             -- 结案评估 stop date
    close_reason       TEXT,                             -- 治愈 / 完成疗程 / 失败 / 死亡 / 失访 / 转出 / 其他
    doctor_id          TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    server_version     TEXT,
    base_json          TEXT,
    dirty              INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    CHECK (intensive_start <= intensive_end AND intensive_end <= continuation_end)
) WITHOUT ROWID;
CREATE UNIQUE INDEX tb_open_once ON tb_patient(resident_id) WHERE closed_on IS NULL AND deleted = 0;

CREATE TABLE tb_visit (
    id             TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES tb_patient(id),
    kind           TEXT NOT NULL CHECK (kind IN ('first', 'followup', 'end')),
    visited_at     TEXT NOT NULL,                        -- UTC ISO date-time (first visit: vs 72 h)
    found          INTEGER NOT NULL DEFAULT 1,           -- 0: patient not found
    next_visit     TEXT,
    form_json      TEXT NOT NULL DEFAULT '{}',
    doctor_id      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    server_version TEXT,
    base_json      TEXT,
    dirty          INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX tb_visit_patient ON tb_visit(patient_id, visited_at);

-- One row per prescribed day that has been recorded: taken or missed, by whom.
CREATE TABLE tb_dose (
    id             TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES tb_patient(id),
    dose_date      TEXT NOT NULL,
    taken          INTEGER NOT NULL CHECK (taken IN (0, 1)),
    source         TEXT NOT NULL DEFAULT 'supervisor' CHECK (source IN ('supervisor', 'card')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX tb_dose_day ON tb_dose(patient_id, dose_date) WHERE deleted = 0;

CREATE TABLE referral (
    id                  TEXT PRIMARY KEY,
    resident_id         TEXT NOT NULL REFERENCES resident(id),
    source_kind         TEXT NOT NULL DEFAULT '',        -- encounter, chronic_followup, mental_followup, ...
    source_id           TEXT NOT NULL DEFAULT '',
    restricted          INTEGER NOT NULL DEFAULT 0,      -- 1: from a mental-health record
    to_institution      TEXT NOT NULL,
    to_department       TEXT NOT NULL DEFAULT '',
    to_doctor           TEXT NOT NULL DEFAULT '',
    reason              TEXT NOT NULL,                   -- 主要现病史（转出原因）
    impression          TEXT NOT NULL DEFAULT '',        -- 初步印象
    past_history        TEXT NOT NULL DEFAULT '',
    treatment           TEXT NOT NULL DEFAULT '',        -- 治疗经过
    phone               TEXT NOT NULL DEFAULT '',
    sent_on             TEXT NOT NULL,                   -- YYYY-MM-DD
    outcome_due         TEXT NOT NULL,                   -- sent_on + 14 days
    status              TEXT NOT NULL DEFAULT 'sent'
                        CHECK (status IN ('sent', 'accepted', 'refused', 'returned', 'closed')),
    status_note         TEXT NOT NULL DEFAULT '',        -- refusal reason, closing note
    return_json         TEXT NOT NULL DEFAULT '{}',      -- 回转单: diagnosis, inpatient_no, results, plan
    returned_on         TEXT,
    doctor_id           TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    server_version      TEXT,
    base_json           TEXT,
    dirty               INTEGER NOT NULL DEFAULT 1,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX referral_resident ON referral(resident_id, sent_on);
CREATE INDEX referral_open ON referral(status, outcome_due) WHERE deleted = 0;

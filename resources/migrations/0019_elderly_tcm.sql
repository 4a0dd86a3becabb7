-- 0019: the 65+ annual service (老年人健康管理) and TCM health management (中医药健康管理).
-- Clinical events, append-only: a correction is a new row whose `supersedes` names the version it
-- replaces (as for health_check). Scores are computed by models/elderly and models/tcm from the
-- rules in resources/rules/ and stored with the rule set's name/version that produced them.

-- One annual service visit: the assessment parts of the year's service; the examination and
-- tests are the linked health_check (health_check_id), the guidance is in guidance_json.
CREATE TABLE elderly_service (
    id                 TEXT PRIMARY KEY,
    resident_id        TEXT NOT NULL REFERENCES resident(id),
    service_date       TEXT NOT NULL,
    doctor             TEXT NOT NULL DEFAULT '',
    health_check_id    TEXT,                          -- the 健康体检表 of this service
    selfcare_json      TEXT NOT NULL DEFAULT '{}',    -- {"eating": 0..3, ...}
    selfcare_score     INTEGER,
    selfcare_band      INTEGER CHECK (selfcare_band BETWEEN 1 AND 4),
    self_rating        INTEGER CHECK (self_rating BETWEEN 1 AND 5),
    cognitive_positive INTEGER CHECK (cognitive_positive IN (0, 1)),
    mmse               INTEGER CHECK (mmse BETWEEN 0 AND 30),
    mood_positive      INTEGER CHECK (mood_positive IN (0, 1)),
    gds                INTEGER CHECK (gds BETWEEN 0 AND 30),
    lifestyle_json     TEXT NOT NULL DEFAULT '{}',
    guidance_json      TEXT NOT NULL DEFAULT '[]',    -- guidance item codes
    next_visit         TEXT,
    rule_set           TEXT NOT NULL DEFAULT '',
    supersedes         TEXT,
    created_at         TEXT NOT NULL,
    server_version     TEXT,
    base_json          TEXT,
    dirty              INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX elderly_service_resident ON elderly_service(resident_id, service_date);
CREATE INDEX elderly_service_date ON elderly_service(service_date);
-- "Is this version corrected?" (NOT EXISTS ... supersedes = id) in every list and work list.
CREATE INDEX elderly_service_supersedes ON elderly_service(supersedes) WHERE supersedes IS NOT NULL;

-- 老年人中医药健康管理服务记录表: the 33 answers as scored (anchors applied), the nine scores and
-- results, the guidance chosen per constitution.
CREATE TABLE tcm_assessment (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    assess_date     TEXT NOT NULL,
    doctor          TEXT NOT NULL DEFAULT '',
    answers         TEXT NOT NULL,                     -- "1,3,2,..." (33 values 1-5)
    result_json     TEXT NOT NULL,                     -- TcmAssessment::toJson()
    primary_type    TEXT NOT NULL DEFAULT '',          -- empty: a tie or nothing determined
    constitutions   TEXT NOT NULL DEFAULT '',          -- "qixu,yangxu"
    flags           TEXT NOT NULL DEFAULT '',
    guidance_json   TEXT NOT NULL DEFAULT '{}',        -- {"qixu": ["diet", "acupoint"], ...}
    guidance_other  TEXT NOT NULL DEFAULT '',
    rule_set        TEXT NOT NULL DEFAULT '',
    supersedes      TEXT,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX tcm_assessment_resident ON tcm_assessment(resident_id, assess_date);
CREATE INDEX tcm_assessment_date ON tcm_assessment(assess_date);
CREATE INDEX tcm_assessment_supersedes ON tcm_assessment(supersedes) WHERE supersedes IS NOT NULL;

-- Children's TCM guidance at 6, 12, 18, 24, 30 and 36 months.
CREATE TABLE tcm_child_service (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    visit_months    INTEGER NOT NULL CHECK (visit_months IN (6, 12, 18, 24, 30, 36)),
    service_date    TEXT NOT NULL,
    doctor          TEXT NOT NULL DEFAULT '',
    services_json   TEXT NOT NULL DEFAULT '[]',        -- diet, living, technique, other
    other_text      TEXT NOT NULL DEFAULT '',
    next_date       TEXT,
    supersedes      TEXT,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX tcm_child_service_resident ON tcm_child_service(resident_id, visit_months);
CREATE INDEX tcm_child_service_supersedes ON tcm_child_service(supersedes)
    WHERE supersedes IS NOT NULL;

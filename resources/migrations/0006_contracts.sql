-- 0006: family-doctor contracts (DOMAIN.md 2): teams and their members, the villages a team
-- serves, service packages (versioned, imported from resources/rules/contract_packages.json),
-- key-population flags that are not derived from age or chronic registration, contracts and
-- the tasks their packages promise. Link tables (team villages, contract packages) travel with
-- their parent's outbox entry.

CREATE TABLE contract_team (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    institution     TEXT NOT NULL DEFAULT '',
    township_code   TEXT REFERENCES area(code),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE contract_team_village (
    team_id         TEXT NOT NULL REFERENCES contract_team(id),
    village_code    TEXT NOT NULL REFERENCES area(code),
    PRIMARY KEY (team_id, village_code)
) WITHOUT ROWID;
CREATE INDEX contract_team_village_v ON contract_team_village(village_code);

-- Team members are staff records of their own until users exist (a later user_id links them).
CREATE TABLE contract_staff (
    id              TEXT PRIMARY KEY,
    team_id         TEXT NOT NULL REFERENCES contract_team(id),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    role            TEXT NOT NULL,                  -- rules/contract_rules.json "roles"
    staff_no        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX contract_staff_team ON contract_staff(team_id);

-- A package version is never changed once stored: an edit stores version + 1 and retires the
-- old one, so every contract keeps the content it was signed with. Money in fen (1/100 yuan).
CREATE TABLE contract_package (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('basic', 'personalised')),
    fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),
    insurance_fen   INTEGER NOT NULL DEFAULT 0 CHECK (insurance_fen >= 0),
    public_health_fen INTEGER NOT NULL DEFAULT 0 CHECK (public_health_fen >= 0),
    resident_fen    INTEGER NOT NULL DEFAULT 0 CHECK (resident_fen >= 0),
    eligible        TEXT NOT NULL DEFAULT '',       -- comma list of key-population codes, '' = all
    services_json   TEXT NOT NULL DEFAULT '[]',     -- [{kind, name, per_year, applies_to}]
    source          TEXT NOT NULL DEFAULT 'rules' CHECK (source IN ('rules', 'admin')),
    rules_version   TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    CHECK (insurance_fen + public_health_fen + resident_fen = fee_fen)
) WITHOUT ROWID;
CREATE UNIQUE INDEX contract_package_version ON contract_package(code, version);

-- Key-population categories that come from neither age nor chronic registration: pregnant,
-- severe mental disorder, TB, disabled, poverty relief, family-planning special families.
CREATE TABLE resident_flag (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    flag            TEXT NOT NULL,
    since           TEXT NOT NULL,                  -- YYYY-MM-DD
    until           TEXT,                           -- NULL while it applies
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX resident_flag_resident ON resident_flag(resident_id, flag);
CREATE UNIQUE INDEX resident_flag_open_once ON resident_flag(resident_id, flag)
    WHERE until IS NULL AND deleted = 0;

-- Dates are inclusive: a one-year contract from 2025-03-01 ends on 2026-02-28. A termination
-- date is the first day without cover, so cover_end (the last covered day) is the day before.
CREATE TABLE contract (
    id              TEXT PRIMARY KEY,
    contract_no     TEXT NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    household_id    TEXT REFERENCES household(id),  -- set when signed as a household
    representative_id TEXT REFERENCES resident(id), -- the household's family representative
    team_id         TEXT NOT NULL REFERENCES contract_team(id),
    doctor_id       TEXT NOT NULL REFERENCES contract_staff(id),
    institution     TEXT NOT NULL DEFAULT '',
    tags            TEXT NOT NULL DEFAULT '',       -- comma list of key-population codes
    fee_fen         INTEGER NOT NULL DEFAULT 0,
    insurance_fen   INTEGER NOT NULL DEFAULT 0,
    public_health_fen INTEGER NOT NULL DEFAULT 0,
    resident_fen    INTEGER NOT NULL DEFAULT 0,
    signed_on       TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    term_years      INTEGER NOT NULL CHECK (term_years BETWEEN 1 AND 5),
    channel         TEXT NOT NULL,                  -- doctor, resident
    terminated_on   TEXT,
    terminate_reason TEXT,                          -- moved, no_contact, refused, voluntary, other
    terminate_note  TEXT NOT NULL DEFAULT '',
    previous_id     TEXT REFERENCES contract(id),   -- renewal link
    paper_signed    INTEGER NOT NULL DEFAULT 0,
    scan_path       TEXT NOT NULL DEFAULT '',
    -- The last covered day. A plain column kept exact by the CHECK below: SQLite 3.40 will not
    -- answer from a covering index that contains a generated column.
    cover_end       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date),
    CHECK (terminated_on IS NULL OR terminate_reason IS NOT NULL),
    CHECK (cover_end = CASE WHEN terminated_on IS NULL THEN end_date
                            ELSE min(end_date, date(terminated_on, '-1 day')) END)
) WITHOUT ROWID;
CREATE UNIQUE INDEX contract_number ON contract(contract_no);
-- Covering indexes for "is this resident covered on day D" (per resident, and as a set for a
-- period): indicators and work lists never touch the wide contract rows.
CREATE INDEX contract_resident ON contract(resident_id, start_date, cover_end, deleted, team_id);
CREATE INDEX contract_period ON contract(start_date, cover_end, deleted, resident_id, team_id);
CREATE INDEX contract_end ON contract(end_date, deleted, terminated_on, resident_id, team_id);
CREATE INDEX contract_previous ON contract(previous_id, deleted) WHERE previous_id IS NOT NULL;
CREATE INDEX contract_household ON contract(household_id) WHERE household_id IS NOT NULL;

-- One family doctor (team) per resident at a time: no two live contracts of a resident may
-- cover the same day. The repository turns 'contract.overlap' into a translated message.
CREATE TRIGGER contract_no_overlap_insert BEFORE INSERT ON contract
WHEN NEW.deleted = 0
BEGIN
    SELECT RAISE(ABORT, 'contract.overlap') WHERE EXISTS (
        SELECT 1 FROM contract c
        WHERE c.resident_id = NEW.resident_id AND c.deleted = 0
          AND c.start_date <= (CASE WHEN NEW.terminated_on IS NULL THEN NEW.end_date
                                    ELSE min(NEW.end_date, date(NEW.terminated_on, '-1 day')) END)
          AND c.cover_end >= NEW.start_date);
END;
CREATE TRIGGER contract_no_overlap_update
BEFORE UPDATE OF resident_id, start_date, end_date, terminated_on, deleted ON contract
WHEN NEW.deleted = 0
BEGIN
    SELECT RAISE(ABORT, 'contract.overlap') WHERE EXISTS (
        SELECT 1 FROM contract c
        WHERE c.resident_id = NEW.resident_id AND c.deleted = 0 AND c.id <> NEW.id
          AND c.start_date <= (CASE WHEN NEW.terminated_on IS NULL THEN NEW.end_date
                                    ELSE min(NEW.end_date, date(NEW.terminated_on, '-1 day')) END)
          AND c.cover_end >= NEW.start_date);
END;

CREATE TABLE contract_item (
    contract_id     TEXT NOT NULL REFERENCES contract(id),
    package_id      TEXT NOT NULL REFERENCES contract_package(id),
    PRIMARY KEY (contract_id, package_id)
) WITHOUT ROWID;

-- The services a contract's packages promise, with due dates; follow-ups and checks recorded
-- elsewhere mark them done through ContractTasks::markDone (docs/contracts.md).
CREATE TABLE contract_task (
    id              TEXT PRIMARY KEY,
    contract_id     TEXT NOT NULL REFERENCES contract(id),
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    package_id      TEXT NOT NULL REFERENCES contract_package(id),
    kind            TEXT NOT NULL,                  -- hypertension_followup, annual_check ...
    name            TEXT NOT NULL DEFAULT '',
    seq             INTEGER NOT NULL,
    due_on          TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_on         TEXT,
    source_id       TEXT,                           -- the follow-up / check that did it
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX contract_task_contract ON contract_task(contract_id, kind, due_on);
CREATE INDEX contract_task_due ON contract_task(due_on, status, deleted, contract_id, resident_id);

-- Key-population lookups by resident (0003 only indexes open registrations).
CREATE INDEX contract_chronic_resident ON chronic_registration(resident_id, programme);
-- The population scan of the indicators reads this instead of the wide resident rows.
CREATE INDEX contract_population ON resident(village_code, deleted, birth_date, id);

-- 0005: immunization (DOMAIN.md 3): doses given here or elsewhere, the clinic's stock of vaccine
-- lots, children's health states and refusals, and vaccination certificates (预防接种证).
-- Doses are clinical events: append-only; a correction is a new row that supersedes the old one
-- (the old row is then marked deleted = 1 in the same transaction, with the audit entry).

CREATE TABLE vaccine_lot (
    id              TEXT PRIMARY KEY,
    vaccine         TEXT NOT NULL,                  -- product abbreviation of the schedule data
    vaccine_code    TEXT NOT NULL DEFAULT '',       -- DOMAIN.md 3.6 code
    manufacturer    TEXT NOT NULL DEFAULT '',
    lot_no          TEXT NOT NULL,
    expiry          TEXT NOT NULL,                  -- YYYY-MM-DD, last day of use
    doses_received  INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX vaccine_lot_unique ON vaccine_lot(vaccine, lot_no) WHERE deleted = 0;

CREATE TABLE immunization_dose (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    vaccine         TEXT NOT NULL,                  -- product abbreviation (HepB, DTaP-IPV/Hib...)
    vaccine_code    TEXT NOT NULL DEFAULT '',
    given_on        TEXT NOT NULL,                  -- YYYY-MM-DD
    source          TEXT NOT NULL DEFAULT 'here' CHECK (source IN ('here', 'elsewhere')),
    lot_id          TEXT REFERENCES vaccine_lot(id),
    manufacturer    TEXT NOT NULL DEFAULT '',
    lot_no          TEXT NOT NULL DEFAULT '',
    expiry          TEXT NOT NULL DEFAULT '',
    site            TEXT NOT NULL DEFAULT '',
    route           TEXT NOT NULL DEFAULT '',
    clinic          TEXT NOT NULL DEFAULT '',
    vaccinator      TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',       -- a rule break accepted by the user, audited
    note            TEXT NOT NULL DEFAULT '',
    supersedes      TEXT REFERENCES immunization_dose(id),
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- Covering for the planner's reads (lists and coverage never touch the wide rows).
CREATE INDEX immunization_dose_resident ON immunization_dose(resident_id, deleted, given_on, vaccine);
CREATE INDEX immunization_dose_given ON immunization_dose(given_on);

-- Health states that change the plan (DOMAIN.md 3.4: schedule health-state codes or
-- allergy:<product>) and refusals by parents (kind = 'refusal', code = series id).
CREATE TABLE immunization_state (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    kind            TEXT NOT NULL CHECK (kind IN ('health', 'refusal')),
    code            TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    recorded_on     TEXT NOT NULL,
    ended_on        TEXT,                           -- NULL while it applies
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX immunization_state_resident ON immunization_state(resident_id);

-- The vaccination certificate (预防接种证) issued to a child: the 建证率 numerator.
CREATE TABLE immunization_certificate (
    id              TEXT PRIMARY KEY,
    resident_id     TEXT NOT NULL REFERENCES resident(id),
    certificate_no  TEXT NOT NULL DEFAULT '',
    issued_on       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE UNIQUE INDEX immunization_certificate_once ON immunization_certificate(resident_id) WHERE deleted = 0;

-- Children by village and birth date: session lists and coverage read these ranges.
-- They carry id so that joining doses, states and certificates never reads the resident rows.
CREATE INDEX resident_village_birth ON resident(village_code, birth_date, id) WHERE deleted = 0;
CREATE INDEX resident_birth ON resident(birth_date, village_code, id) WHERE deleted = 0;

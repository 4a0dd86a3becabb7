-- 0001: the core: areas, households, residents, the search index, the outbox and the audit log.
-- A released migration is never edited; later capabilities add numbered files.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Administrative areas: county (6 digits), township (9), village or community (12).
CREATE TABLE area (
    code        TEXT PRIMARY KEY CHECK (length(code) IN (6, 9, 12) AND code NOT GLOB '*[^0-9]*'),
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('county', 'township', 'village')),
    parent_code TEXT REFERENCES area(code)
) WITHOUT ROWID;

-- Every synced table carries id (UUID), server_version, base_json, dirty, updated_at,
-- updated_by, deleted (DESIGN.md Storage).
CREATE TABLE household (
    id              TEXT PRIMARY KEY,
    village_code    TEXT NOT NULL REFERENCES area(code),
    address         TEXT NOT NULL DEFAULT '',
    head_id         TEXT,
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX household_village ON household(village_code);

CREATE TABLE resident (
    rid             INTEGER PRIMARY KEY,            -- local row number for the search index only
    id              TEXT NOT NULL UNIQUE,           -- UUID made on the workstation
    record_no       TEXT NOT NULL,                  -- 17-digit health-record number
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    sex             TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date      TEXT NOT NULL,                  -- YYYY-MM-DD
    id_number       TEXT,                           -- 18-character normalised form, or NULL
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    village_code    TEXT NOT NULL REFERENCES area(code),
    residence_type  INTEGER NOT NULL DEFAULT 1 CHECK (residence_type IN (1, 2)),
    ethnicity       TEXT NOT NULL DEFAULT '01',
    household_id    TEXT REFERENCES household(id),
    relation        TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL,                  -- pinyin of the name, for ordering
    created_at      TEXT NOT NULL,
    server_version  TEXT,
    base_json       TEXT,
    dirty           INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX resident_id_number ON resident(id_number) WHERE id_number IS NOT NULL AND deleted = 0;
CREATE UNIQUE INDEX resident_record_no ON resident(record_no);
CREATE INDEX resident_sort ON resident(deleted, sort_key);
CREATE INDEX resident_village_sort ON resident(village_code, deleted, sort_key);
CREATE INDEX resident_household ON resident(household_id);

-- Search terms, kept in the same transaction as the resident row. A term is a kind letter
-- followed by text; lookups are exact or prefix range scans on the primary key
-- (docs/decisions.md explains why not FTS5 trigram).
CREATE TABLE search_term (
    term TEXT NOT NULL,
    rid  INTEGER NOT NULL,
    PRIMARY KEY (term, rid)
) WITHOUT ROWID;

-- Next 5-digit serial of health-record numbers per village.
CREATE TABLE record_serial (
    village_code TEXT PRIMARY KEY REFERENCES area(code),
    next_serial  INTEGER NOT NULL
) WITHOUT ROWID;

-- Outbox: one row per change to a synced record, written in the same transaction as the change.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    created_at TEXT NOT NULL,
    acked_at   TEXT
);
CREATE INDEX outbox_pending ON outbox(entity, entity_id) WHERE acked_at IS NULL;

-- Audit: append-only, hash-chained (hash = SHA-256 of the previous hash and this entry).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    workstation TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

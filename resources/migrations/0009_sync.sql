-- 0009: sync with the regional platform (docs/sync.md).
-- Settings and the pull cursor: one row per key ('server', 'token', 'ca_file', 'cursor',
-- 'last_sync', 'last_error', 'clock_skew').
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Fields changed differently on both sides (or identity fields changed by the platform while
-- local edits were unsent). The local value stays in the row until a person decides; the record
-- is not pushed while it has an open conflict.
CREATE TABLE sync_conflict (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    base_value     TEXT,             -- JSON value (last synced)
    mine_value     TEXT,             -- JSON value (local, unsent)
    theirs_value   TEXT,             -- JSON value (platform)
    created_at     TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_value TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict(entity, entity_id) WHERE resolved_at IS NULL;

-- Records the platform refused as invalid (400/422/403). Never retried automatically: a new local
-- edit (an outbox entry after `outbox_seq`) sends the record again.
CREATE TABLE sync_rejected (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    outbox_seq INTEGER NOT NULL,
    status     INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Records from the platform that could not be stored here (e.g. a health-record number that a
-- record of this workstation already uses). Kept verbatim and retried at every sync, so the pull
-- cursor can move on without losing them.
CREATE TABLE sync_parked (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    incoming  TEXT NOT NULL,             -- JSON array of {type, version, deleted, resource}
    reason    TEXT NOT NULL,
    at        TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- What was last sent for a record, written before the request goes out: when the answer is lost
-- (crash, cut connection) and the platform's copy comes back equal to it, it is recognised as our
-- own change, not as a conflict.
CREATE TABLE sync_inflight (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    outbox_seq INTEGER NOT NULL,
    sent_json  TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

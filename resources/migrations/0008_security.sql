-- 0008: users of this workstation, and electronic signatures of finished records.
-- Users are local to the workstation (not synced); every change to them is audited.
CREATE TABLE app_user (
    id               TEXT PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name     TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL,
    villages         TEXT NOT NULL DEFAULT '',      -- comma-separated 12-digit village codes
    team             TEXT NOT NULL DEFAULT '',
    password_hash    TEXT NOT NULL,                 -- "<kdf>$<iterations>$<salt hex>$<hash hex>"
    failed_count     INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,                          -- UTC, NULL when not locked
    disabled         INTEGER NOT NULL DEFAULT 0,
    sign_public_key  TEXT NOT NULL DEFAULT '',      -- hex of the raw public key
    sign_private_key TEXT NOT NULL DEFAULT '',      -- JSON: the private key sealed by a password-derived key
    sign_algorithm   TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    last_login_at    TEXT
) WITHOUT ROWID;

-- One row per signature; a record edited after signing keeps its old signature rows, which then
-- no longer verify against the current content, so the record asks for a new signature.
CREATE TABLE record_signature (
    id           TEXT PRIMARY KEY,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    content_hash TEXT NOT NULL,                     -- hex digest of the canonical content
    signature    TEXT NOT NULL,                     -- hex
    algorithm    TEXT NOT NULL,                     -- "Ed25519"
    public_key   TEXT NOT NULL,                     -- hex, copied so a later key change keeps old signatures checkable
    signer_id    TEXT NOT NULL,
    signer_name  TEXT NOT NULL,
    signed_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX record_signature_entity ON record_signature(entity, entity_id, signed_at);
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_user ON audit_log(user_id, at);

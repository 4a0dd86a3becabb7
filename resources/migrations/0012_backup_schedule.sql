-- 0016: the backup schedule of this workstation and the log of the backups taken (issue 7).
-- Local to the workstation, not synced. The schedule's settings are key/value rows
-- ("schedule.mode", "schedule.time", ...; models/backupschedule.cpp); no password is stored:
-- "schedule.key" holds a public key and its private key sealed by the backup password.
CREATE TABLE backup_setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- One row per backup taken by the app or `jiayi-cli backup --scheduled`, with its verification
-- state (checked after writing, and again by 校验所选).
CREATE TABLE backup_run (
    id          TEXT PRIMARY KEY,
    file        TEXT NOT NULL,                 -- absolute path when taken
    kind        TEXT NOT NULL,                 -- 'scheduled' | 'manual'
    created_at  TEXT NOT NULL,                 -- UTC
    file_size   INTEGER NOT NULL,
    digest      TEXT NOT NULL,                 -- hex digest of the plain database
    verified_at TEXT,                          -- UTC, NULL: never checked
    verify_ok   INTEGER,                       -- 1 ok, 0 failed, NULL never checked
    verify_note TEXT NOT NULL DEFAULT '',
    pruned_at   TEXT                           -- removed beyond the schedule's keep
) WITHOUT ROWID;
CREATE INDEX backup_run_kind ON backup_run(kind, created_at);
CREATE INDEX backup_run_file ON backup_run(file);

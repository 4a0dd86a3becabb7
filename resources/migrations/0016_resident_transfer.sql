-- 0016: 档案迁入 — a worker asks for the record of a resident registered in another village; a
-- user of that village (or an administrator) approves, which moves the resident to the
-- requester's village (models/residents/residenttransfer.cpp). Local workflow, not synced; the
-- move itself is an ordinary resident update (outbox + audit) in the approval's transaction.
CREATE TABLE resident_transfer (
    id           TEXT PRIMARY KEY,
    resident_id  TEXT NOT NULL REFERENCES resident(id),
    from_village TEXT NOT NULL,
    to_village   TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,                -- UTC
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by   TEXT,
    decided_at   TEXT
);
-- One open request per resident.
CREATE UNIQUE INDEX resident_transfer_open ON resident_transfer(resident_id)
    WHERE status = 'pending';
CREATE INDEX resident_transfer_from ON resident_transfer(from_village, status);

-- 0002: contact person and work unit of the personal basic information form (DOMAIN.md 1.2).
ALTER TABLE resident ADD COLUMN work_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
-- A workstation identity for sync and audit, made once per database.
INSERT OR IGNORE INTO meta(key, value)
VALUES ('workstation_id', lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));

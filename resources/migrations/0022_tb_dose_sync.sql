-- 0022: the TB dose card travels to the platform (sync/fhir/tbdosemapper.cpp, a
-- MedicationAdministration per recorded day): tb_dose gets the sync columns of every synced table,
-- and the doses recorded before this version, which never entered the outbox, are queued once.
ALTER TABLE tb_dose ADD COLUMN server_version TEXT;
ALTER TABLE tb_dose ADD COLUMN base_json TEXT;
ALTER TABLE tb_dose ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;

INSERT INTO outbox(entity, entity_id, op, created_at)
SELECT 'tb_dose', id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM tb_dose WHERE deleted = 0 ORDER BY patient_id, dose_date;

-- 0015: a child's guardian and the stock of vaccine lots.
-- The guardian is the resident's contact person (contact_name, contact_phone of 0002) with how
-- they are related to the child (resources/codes/guardian_relation.json); the sync resident
-- mapper carries it as Patient.contact.relationship.
ALTER TABLE resident ADD COLUMN contact_relation TEXT NOT NULL DEFAULT '';
-- Doses given from each lot, counted for the stock on hand (the lots dialog, recording a dose).
CREATE INDEX immunization_dose_lot ON immunization_dose(lot_id) WHERE lot_id IS NOT NULL;

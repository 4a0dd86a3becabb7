-- 0010: the number of records with unsent changes, kept by triggers, so the status bar does not
-- scan the outbox (a demo township's first sync has ~2 million entries; the scan took 0.7 s and
-- paged 240 MB of the file in at every refresh). A record counts once however many unsent
-- entries it has: +1 when its first pending entry arrives, -1 when its last one is acked.
CREATE TABLE outbox_pending_count (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    records INTEGER NOT NULL
);
INSERT INTO outbox_pending_count(one, records)
SELECT 1, count(*) FROM (SELECT DISTINCT entity, entity_id FROM outbox WHERE acked_at IS NULL);

CREATE TRIGGER outbox_pending_insert AFTER INSERT ON outbox
WHEN NEW.acked_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM outbox o WHERE o.entity = NEW.entity AND o.entity_id = NEW.entity_id
    AND o.acked_at IS NULL AND o.seq <> NEW.seq)
BEGIN
    UPDATE outbox_pending_count SET records = records + 1 WHERE one = 1;
END;

CREATE TRIGGER outbox_pending_ack AFTER UPDATE OF acked_at ON outbox
WHEN OLD.acked_at IS NULL AND NEW.acked_at IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM outbox o WHERE o.entity = NEW.entity AND o.entity_id = NEW.entity_id
    AND o.acked_at IS NULL)
BEGIN
    UPDATE outbox_pending_count SET records = records - 1 WHERE one = 1;
END;

CREATE TRIGGER outbox_pending_delete AFTER DELETE ON outbox
WHEN OLD.acked_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM outbox o WHERE o.entity = OLD.entity AND o.entity_id = OLD.entity_id
    AND o.acked_at IS NULL)
BEGIN
    UPDATE outbox_pending_count SET records = records - 1 WHERE one = 1;
END;

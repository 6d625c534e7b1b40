-- The machine code of a stored error answer, so the journal of a replay records it without
-- reading the provider's envelope.
ALTER TABLE idempotency_keys ADD COLUMN error_code TEXT;

-- Each Gent delivery now carries its alert's retries and backoff in the engine's outbox
-- (webhook_deliveries.max_attempts / backoff_ms), which waits them out itself; the columns the
-- former retry job kept are no longer read or written.
ALTER TABLE gt_webhook_meta DROP COLUMN waited_after_attempt;
ALTER TABLE gt_webhook_meta DROP COLUMN retries;
ALTER TABLE gt_webhook_meta DROP COLUMN backoff;

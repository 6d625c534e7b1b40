-- A delivery may carry its own attempts and backoff (an API whose subscribers choose their retry
-- schedule); NULL means the provider's webhook policy.
ALTER TABLE webhook_deliveries ADD COLUMN max_attempts INTEGER;
ALTER TABLE webhook_deliveries ADD COLUMN backoff_ms TEXT;

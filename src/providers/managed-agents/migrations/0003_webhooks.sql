-- Webhook endpoints for session events, registered on mailsim's control plane (the real service
-- registers them in the Claude Console). A NULL tenant receives every tenant's sessions.
-- `secret` is the Standard Webhooks signing key (`whsec_<base64>`); `event_types` a JSON array,
-- empty for every type. A deleted endpoint keeps its row (`deleted_at`) so the deliveries queued
-- before are still signed with its secret; it hears nothing new.

CREATE TABLE ma_webhooks (
  id TEXT PRIMARY KEY,
  tenant_id TEXT,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  event_types TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
);

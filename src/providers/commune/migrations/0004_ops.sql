-- Commune operations: webhook delivery details the engine's outbox does not keep, the delivery
-- events and suppressions behind /v1/delivery/*, and DMARC aggregate reports. Every row carries org_id.

-- Per webhook delivery (engine id `whd_…`): which inbox and message it is for, and the secret it is
-- signed with on every attempt (Commune stores the secret with the delivery, so replacing the
-- inbox webhook later does not change how a pending retry is signed).
CREATE TABLE cm_webhook_meta (
  delivery_id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  inbox_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  secret TEXT,
  payload_hash TEXT NOT NULL           -- first 16 hex of SHA-256 of the body
);
CREATE INDEX cm_webhook_meta_org ON cm_webhook_meta (org_id, inbox_id);

-- Delivery events of outbound messages (the message's current status lives on cm_messages).
CREATE TABLE cm_delivery_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,             -- 24 hex, like a Mongo ObjectId
  org_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  event_data TEXT NOT NULL,            -- JSON: the sending provider's payload
  inbox_id TEXT,
  domain_id TEXT,
  processed_at TEXT NOT NULL
);
CREATE INDEX cm_delivery_events_org ON cm_delivery_events (org_id, seq);

CREATE TABLE cm_suppressions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,             -- 24 hex
  org_id TEXT NOT NULL,
  email TEXT NOT NULL,                 -- lower-case
  reason TEXT NOT NULL,                -- bounce | complaint | manual | spam_trap | unsubscribe
  type TEXT NOT NULL,                  -- hard | soft | spam | permanent
  source TEXT NOT NULL,                -- inbox | domain | global
  inbox_id TEXT,
  domain_id TEXT,
  message_id TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  metadata TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX cm_suppressions_org ON cm_suppressions (org_id, email);

CREATE TABLE cm_dmarc_reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,             -- 24 hex
  org_id TEXT NOT NULL,
  report_id TEXT NOT NULL,
  domain TEXT NOT NULL,                -- lower-case policy domain
  org_name TEXT NOT NULL,
  email TEXT NOT NULL,
  date_begin TEXT NOT NULL,            -- ISO
  date_end TEXT NOT NULL,
  policy TEXT NOT NULL,                -- JSON
  records TEXT NOT NULL,               -- JSON array
  our_domain_id TEXT,
  received_at TEXT NOT NULL,
  UNIQUE (org_id, report_id, domain)
);
CREATE INDEX cm_dmarc_reports_domain ON cm_dmarc_reports (org_id, domain, date_begin);

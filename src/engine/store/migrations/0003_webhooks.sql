-- The webhook outbox. A delivery row is written in the same transaction as the change that caused
-- the event, so an event is never lost and never announced for a change that rolled back. The
-- dispatcher reads due rows from here; a crash mid-attempt leaves the row due, so it is resent
-- (at-least-once).

CREATE TABLE webhook_deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- insertion order: "newest first" even within one frozen millisecond
  id TEXT NOT NULL UNIQUE,
  provider TEXT NOT NULL,
  tenant TEXT NOT NULL,
  subscription_id TEXT NOT NULL,           -- the provider's webhook (endpoint) id
  url TEXT NOT NULL,
  event TEXT NOT NULL,
  body TEXT NOT NULL,                      -- the exact bytes signed and sent on every attempt
  headers TEXT NOT NULL,                   -- JSON object, sent as given
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | delivered | failed (will retry) | dead
  attempts INTEGER NOT NULL DEFAULT 0,     -- every attempt ever made
  round_attempts INTEGER NOT NULL DEFAULT 0, -- attempts since enqueue or the last manual retry
  next_attempt_at_ms INTEGER,              -- engine time the next attempt is due; null once delivered or dead
  last_status_code INTEGER,
  last_error TEXT,
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  delivered_at_ms INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (provider, status, next_attempt_at_ms);
CREATE INDEX webhook_deliveries_tenant ON webhook_deliveries (provider, tenant);

-- One row per HTTP attempt, for the delivery log.
CREATE TABLE webhook_attempts (
  delivery_id TEXT NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
  attempt INTEGER NOT NULL,                -- 1-based, across manual retries
  started_at_ms INTEGER NOT NULL,          -- engine time
  latency_ms INTEGER NOT NULL,             -- wall time the attempt took
  status_code INTEGER,                     -- null when no response arrived
  error TEXT,                              -- e.g. "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9", "timeout after 30000 ms", "HTTP 500"
  response_excerpt TEXT,                   -- first 500 characters of the response body
  outcome TEXT NOT NULL,                   -- delivered | failed | dead: what this attempt left the delivery in
  next_attempt_at_ms INTEGER,
  PRIMARY KEY (delivery_id, attempt)
);

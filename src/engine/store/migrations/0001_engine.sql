-- Engine tables: provider-agnostic machinery. Every row carries its provider, and a tenant where
-- the data belongs to one, so reset can run per provider and per tenant.

-- Durable jobs run on the engine clock (message status progression, mail retries, webhook delivery).
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  tenant TEXT,
  queue TEXT NOT NULL,
  run_at_ms INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',      -- pending | running | done | dead
  attempts INTEGER NOT NULL DEFAULT 0,
  payload TEXT NOT NULL,
  last_error TEXT,
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (state, run_at_ms);

-- Small key/value facts the engine must keep across restarts (e.g. the seed marker).
CREATE TABLE engine_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Idempotency-Key records: the first response to a key, replayed to retries within the window.
CREATE TABLE idempotency_keys (
  provider TEXT NOT NULL,
  scope TEXT NOT NULL,            -- the credential the key belongs to
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL,            -- in_flight | done
  status INTEGER,
  headers TEXT,
  body TEXT,
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  PRIMARY KEY (provider, scope, key)
);

-- Commune core tables: organisations and their API keys. Every row carries org_id (the tenant).
-- Other Commune tables live in later migrations, one per concern (agents, mail, operations).

CREATE TABLE cm_orgs (
  id TEXT PRIMARY KEY,                 -- 32 hex
  name TEXT NOT NULL,
  slug TEXT UNIQUE,
  tier TEXT NOT NULL DEFAULT 'free',   -- free | agent_pro | business | enterprise
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE cm_api_keys (
  id TEXT PRIMARY KEY,                 -- 32 hex
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,       -- SHA-256 of the key; the key itself is never stored
  key_prefix TEXT NOT NULL,            -- first 12 characters
  permissions TEXT NOT NULL DEFAULT '["read","write"]',
  status TEXT NOT NULL DEFAULT 'active', -- active | revoked | expired
  expires_at TEXT,
  last_used_at TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX cm_api_keys_org ON cm_api_keys (org_id, status);

CREATE TABLE cm_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Managed Agents (openma / Anthropic Managed Agents beta): tenants, keys and the resource surface.
-- Every table carries tenant_id (NULL only for rows every tenant shares: built-in skills, models).
-- JSON columns hold the normalised wire shapes; rowid gives list order and page positions.
-- Sessions and their events (next issue) add their own migration and reference these tables.

CREATE TABLE ma_tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE ma_api_keys (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES ma_tenants(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT
);

CREATE TABLE ma_agents (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  config TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_agents_tenant ON ma_agents (tenant_id);

CREATE TABLE ma_agent_versions (
  agent_id TEXT NOT NULL REFERENCES ma_agents(id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  config TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (agent_id, version)
);

CREATE TABLE ma_environments (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  config TEXT NOT NULL,
  metadata TEXT NOT NULL,
  scope TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_environments_tenant ON ma_environments (tenant_id);

CREATE TABLE ma_vaults (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_vaults_tenant ON ma_vaults (tenant_id);

-- `auth` is what reads return; `secrets` (tokens, client secrets, secret values) is never read
-- back into a response.
CREATE TABLE ma_credentials (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  vault_id TEXT NOT NULL REFERENCES ma_vaults(id) ON DELETE CASCADE,
  display_name TEXT,
  auth TEXT NOT NULL,
  secrets TEXT NOT NULL,
  metadata TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_credentials_vault ON ma_credentials (vault_id);

CREATE TABLE ma_memory_stores (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  metadata TEXT NOT NULL,
  agent_id TEXT,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_memory_stores_tenant ON ma_memory_stores (tenant_id);

CREATE TABLE ma_memories (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  store_id TEXT NOT NULL REFERENCES ma_memory_stores(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  content_size_bytes INTEGER NOT NULL,
  version_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (store_id, path)
);

CREATE TABLE ma_memory_versions (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  store_id TEXT NOT NULL REFERENCES ma_memory_stores(id) ON DELETE CASCADE,
  memory_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  path TEXT,
  content TEXT,
  content_sha256 TEXT,
  content_size_bytes INTEGER,
  created_by TEXT,
  redacted_at TEXT,
  redacted_by TEXT,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE INDEX ma_memory_versions_store ON ma_memory_versions (store_id);

CREATE TABLE ma_skills (
  id TEXT PRIMARY KEY,
  tenant_id TEXT,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  source TEXT NOT NULL,
  latest_version_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE ma_skill_versions (
  skill_id TEXT NOT NULL REFERENCES ma_skills(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  tenant_id TEXT,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (skill_id, id)
);

CREATE TABLE ma_skill_files (
  skill_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  tenant_id TEXT,
  path TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (skill_id, version_id, path),
  FOREIGN KEY (skill_id, version_id) REFERENCES ma_skill_versions(skill_id, id) ON DELETE CASCADE
);

CREATE TABLE ma_files (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  data BLOB NOT NULL,
  downloadable INTEGER NOT NULL,
  scope_id TEXT,
  expires_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX ma_files_tenant ON ma_files (tenant_id);

CREATE TABLE ma_models (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  lifecycle TEXT NOT NULL,
  body TEXT NOT NULL
);

-- openma's model cards: a tenant's own LLM credentials. `api_key` is never returned (only its last 4).
CREATE TABLE ma_model_cards (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  model_id TEXT NOT NULL,
  model TEXT,
  provider TEXT NOT NULL,
  api_key TEXT NOT NULL,
  base_url TEXT,
  custom_headers TEXT NOT NULL,
  is_default INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (tenant_id, model_id)
);

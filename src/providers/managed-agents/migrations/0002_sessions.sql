-- Managed Agents sessions: the session rows, their append-only event log, session resources, and
-- the scripts the deterministic runtime plays (per agent or per session, set on the control plane).
-- `runtime` is the scripted turn runner's state as JSON (the turn in progress, what it waits for,
-- queued user messages); `seq` orders the event log and is the stream's `id:` for resuming.

CREATE TABLE ma_sessions (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent_version INTEGER NOT NULL,
  agent TEXT NOT NULL,
  environment_id TEXT NOT NULL,
  title TEXT,
  metadata TEXT NOT NULL,
  vault_ids TEXT NOT NULL,
  budget TEXT,
  status TEXT NOT NULL,
  usage TEXT NOT NULL,
  active_ms INTEGER NOT NULL DEFAULT 0,
  runtime TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  terminated_at TEXT
);
CREATE INDEX ma_sessions_tenant ON ma_sessions (tenant_id);

CREATE TABLE ma_session_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  session_id TEXT NOT NULL REFERENCES ma_sessions(id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  processed_ms INTEGER
);
CREATE INDEX ma_session_events_session ON ma_session_events (session_id, seq);

CREATE TABLE ma_session_resources (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES ma_sessions(id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX ma_session_resources_session ON ma_session_resources (session_id);

CREATE TABLE ma_scripts (
  target_id TEXT PRIMARY KEY,
  tenant_id TEXT,
  script TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Managed Agents session threads (multiagent): the child threads a coordinator's delegations
-- create (the primary thread is the session itself and has no row), and which log each event
-- belongs to. `thread_id` NULL is the primary thread's own event; `on_primary` says whether the
-- event shows on the session-level log and stream (a thread's start and end are cross-posted).

CREATE TABLE ma_session_threads (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES ma_sessions(id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  parent_thread_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  status TEXT NOT NULL,
  usage TEXT,
  active_ms INTEGER NOT NULL DEFAULT 0,
  running_since_ms INTEGER,
  created_at TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX ma_session_threads_session ON ma_session_threads (session_id);

ALTER TABLE ma_session_events ADD COLUMN thread_id TEXT;
ALTER TABLE ma_session_events ADD COLUMN on_primary INTEGER NOT NULL DEFAULT 1;
CREATE INDEX ma_session_events_thread ON ma_session_events (thread_id, seq);

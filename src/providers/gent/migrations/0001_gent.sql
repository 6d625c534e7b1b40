-- Gent (gent.mx) emulator tables. Every table carries org_id (the tenant) or is keyed by one that does.
CREATE TABLE gt_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE gt_orgs (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL, created_at TEXT NOT NULL
);

CREATE TABLE gt_users (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, email TEXT NOT NULL UNIQUE, name TEXT,
  password_salt TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT NOT NULL
);

CREATE TABLE gt_sessions (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, user_id TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT
);

CREATE TABLE gt_waitlist (email TEXT PRIMARY KEY, created_at TEXT NOT NULL);

CREATE TABLE gt_usage (
  org_id TEXT NOT NULL, period TEXT NOT NULL, api_requests INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (org_id, period)
);

CREATE TABLE gt_domains (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, domain TEXT NOT NULL UNIQUE, domain_use TEXT NOT NULL,
  dmarc_policy TEXT NOT NULL, status TEXT NOT NULL, verification_token TEXT NOT NULL, dkim_key TEXT NOT NULL,
  created_at TEXT NOT NULL, verified_at TEXT, seq INTEGER NOT NULL
);

CREATE TABLE gt_inboxes (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, domain_id TEXT NOT NULL, address TEXT NOT NULL UNIQUE,
  display_name TEXT, default_timezone TEXT, webhook_url TEXT, webhook_events TEXT NOT NULL DEFAULT '[]',
  webhook_secret TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_tokens (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, label TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, token_prefix TEXT NOT NULL, scopes TEXT NOT NULL, requires_approval TEXT NOT NULL,
  created_at TEXT NOT NULL, last_used_at TEXT, rotated_at TEXT, revoked_at TEXT, seq INTEGER NOT NULL
);

CREATE TABLE gt_threads (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, subject TEXT NOT NULL,
  last_message_at TEXT NOT NULL, assigned_inbox_id TEXT, created_at TEXT NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_messages (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, thread_id TEXT NOT NULL,
  direction TEXT NOT NULL, status TEXT NOT NULL, from_email TEXT NOT NULL, from_name TEXT,
  to_json TEXT NOT NULL, cc_json TEXT NOT NULL, bcc_json TEXT NOT NULL, reply_to_json TEXT NOT NULL,
  subject TEXT NOT NULL, text_body TEXT, html_body TEXT, labels_json TEXT NOT NULL DEFAULT '[]',
  attachments_json TEXT NOT NULL DEFAULT '[]', is_read INTEGER NOT NULL, rfc_message_id TEXT, in_reply_to TEXT,
  references_json TEXT NOT NULL DEFAULT '[]', error TEXT, created_at_ms INTEGER NOT NULL, sent_at_ms INTEGER,
  seq INTEGER NOT NULL
);
CREATE INDEX gt_messages_inbox ON gt_messages (inbox_id, created_at_ms);
CREATE INDEX gt_messages_rfc ON gt_messages (org_id, rfc_message_id);
CREATE INDEX gt_messages_thread ON gt_messages (thread_id, seq);

CREATE TABLE gt_blobs (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, filename TEXT NOT NULL, content_type TEXT NOT NULL,
  size INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL
);

CREATE TABLE gt_thread_notes (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, thread_id TEXT NOT NULL, author_inbox_id TEXT NOT NULL,
  body TEXT NOT NULL, mentions TEXT NOT NULL, created_at_ms INTEGER NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_approvals (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, token_id TEXT, token_label TEXT,
  action_type TEXT NOT NULL, summary TEXT NOT NULL, request_json TEXT NOT NULL, status TEXT NOT NULL,
  queued_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL, resolved_at_ms INTEGER, result_json TEXT,
  seq INTEGER NOT NULL
);

CREATE TABLE gt_contacts (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT, full_name TEXT NOT NULL, emails TEXT NOT NULL,
  phones TEXT NOT NULL, notes TEXT, anniversaries TEXT NOT NULL, created_at TEXT NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_files (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT, name TEXT NOT NULL, file_type TEXT NOT NULL,
  scope TEXT NOT NULL, instructions TEXT, content TEXT, version INTEGER NOT NULL, row_count INTEGER NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, seq INTEGER NOT NULL
);
CREATE TABLE gt_file_versions (
  file_id TEXT NOT NULL, org_id TEXT NOT NULL, version INTEGER NOT NULL, change TEXT NOT NULL,
  rows_added INTEGER NOT NULL, source_message_id TEXT, created_at TEXT NOT NULL, PRIMARY KEY (file_id, version)
);
CREATE TABLE gt_file_rows (
  file_id TEXT NOT NULL, org_id TEXT NOT NULL, row_index INTEGER NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL,
  PRIMARY KEY (file_id, row_index)
);

CREATE TABLE gt_tasks (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT, title TEXT NOT NULL, notes TEXT, due_at_ms INTEGER,
  status TEXT NOT NULL, source_type TEXT, source_id TEXT, created_at_ms INTEGER NOT NULL, completed_at_ms INTEGER,
  seq INTEGER NOT NULL
);

CREATE TABLE gt_activity (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, contact_address TEXT NOT NULL,
  type TEXT NOT NULL, resource_id TEXT NOT NULL, participants TEXT, summary TEXT NOT NULL,
  occurred_at_ms INTEGER NOT NULL, metadata TEXT NOT NULL, seq INTEGER NOT NULL,
  UNIQUE (inbox_id, contact_address, type, resource_id)
);

CREATE TABLE gt_workflow_rules (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT, name TEXT NOT NULL, trigger TEXT NOT NULL,
  conditions TEXT NOT NULL, writes TEXT NOT NULL, enabled INTEGER NOT NULL, secret TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_work_routes (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT, name TEXT NOT NULL, request_type TEXT NOT NULL,
  routing_mode TEXT NOT NULL, recipients TEXT NOT NULL, completion_rule TEXT NOT NULL, response_phrases TEXT NOT NULL,
  created_at TEXT NOT NULL, seq INTEGER NOT NULL
);

CREATE TABLE gt_alerts (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, inbox_id TEXT NOT NULL, events TEXT NOT NULL, delivery TEXT NOT NULL,
  offset_json TEXT, filter TEXT, retries INTEGER NOT NULL, backoff TEXT NOT NULL, threshold INTEGER,
  enabled INTEGER NOT NULL, secret TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, seq INTEGER NOT NULL
);

-- One row per webhook delivery Gent queued on the engine outbox: whose secret signs it and how it retries.
CREATE TABLE gt_webhook_meta (
  delivery_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, source_kind TEXT NOT NULL, source_id TEXT NOT NULL,
  secret TEXT NOT NULL, retries INTEGER NOT NULL, backoff TEXT NOT NULL, waited_after_attempt INTEGER
);

-- AgentSend tables. Every row carries account_id (the tenant). Timestamps are ISO 8601 strings
-- with milliseconds, as the real API serialises them; `seq` gives a stable order among rows that
-- share a timestamp (a frozen engine clock makes that common).

CREATE TABLE as_accounts (
  id TEXT PRIMARY KEY,
  name TEXT,
  email TEXT NOT NULL UNIQUE,
  plan TEXT NOT NULL DEFAULT 'free',
  daily_send_limit INTEGER NOT NULL DEFAULT 100,
  is_verified INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE as_api_keys (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE,       -- SHA-256 of the key; the key itself is never stored
  key_prefix TEXT NOT NULL,            -- first 12 characters, shown in lists
  name TEXT,
  last_used_at TEXT,
  expires_at TEXT,
  revoked_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE as_domains (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  domain TEXT NOT NULL,
  verification_token TEXT,
  dkim_tokens TEXT NOT NULL DEFAULT '[]',
  sending_status TEXT NOT NULL DEFAULT 'pending',
  receiving_status TEXT NOT NULL DEFAULT 'pending',
  verified_at TEXT,
  sending_verified_at TEXT,
  receiving_verified_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  seq INTEGER NOT NULL,
  UNIQUE (account_id, domain)
);

CREATE TABLE as_inboxes (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  domain_id TEXT REFERENCES as_domains(id),
  address TEXT NOT NULL UNIQUE,
  display_name TEXT,
  daily_send_limit INTEGER NOT NULL DEFAULT 10,
  is_verified INTEGER NOT NULL DEFAULT 0,
  sends_today INTEGER NOT NULL DEFAULT 0,
  sends_day TEXT,                      -- UTC date (YYYY-MM-DD) sends_today counts for
  bounce_count INTEGER NOT NULL DEFAULT 0,
  complaint_count INTEGER NOT NULL DEFAULT 0,
  total_sent INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX as_inboxes_account ON as_inboxes (account_id, status, created_at);

CREATE TABLE as_threads (
  id TEXT PRIMARY KEY,
  inbox_id TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  last_message_at TEXT NOT NULL,
  message_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX as_threads_inbox ON as_threads (inbox_id, last_message_at);

CREATE TABLE as_messages (
  id TEXT PRIMARY KEY,
  inbox_id TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  thread_id TEXT,
  direction TEXT NOT NULL,
  from_address TEXT NOT NULL,
  to_addresses TEXT NOT NULL DEFAULT '[]',
  cc_addresses TEXT NOT NULL DEFAULT '[]',
  bcc_addresses TEXT NOT NULL DEFAULT '[]',
  subject TEXT NOT NULL,
  body_text TEXT,
  body_html TEXT,
  attachments TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  delivery TEXT NOT NULL DEFAULT 'email',
  ses_message_id TEXT,
  error_message TEXT,
  retry_count INTEGER NOT NULL DEFAULT 0,
  message_id_header TEXT,
  in_reply_to TEXT,
  references_headers TEXT NOT NULL DEFAULT '[]',
  raw_headers TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX as_messages_inbox ON as_messages (inbox_id, created_at);
CREATE INDEX as_messages_thread ON as_messages (thread_id, created_at);
CREATE INDEX as_messages_header ON as_messages (account_id, message_id_header);

CREATE TABLE as_webhooks (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  description TEXT,
  secret TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  seq INTEGER NOT NULL
);

CREATE TABLE as_attachments (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES as_accounts(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- Sign-in codes and magic links: no real mail leaves for these, so the control plane shows them.
CREATE TABLE as_auth_codes (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT,
  code TEXT NOT NULL,
  kind TEXT NOT NULL,                  -- code | magic_link
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX as_auth_codes_email ON as_auth_codes (email, kind, created_at);

CREATE TABLE as_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

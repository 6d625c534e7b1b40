-- Commune mail concern: domains, inboxes, messages (with an FTS5 index), thread triage state and
-- attachments. Every row carries org_id (the tenant); the shared default domain has none.

CREATE TABLE cm_domains (
  id TEXT PRIMARY KEY,                         -- lower-case UUID
  org_id TEXT REFERENCES cm_orgs(id) ON DELETE CASCADE, -- NULL: the shared default domain
  name TEXT NOT NULL,
  name_lc TEXT NOT NULL UNIQUE,                -- a name is registered once across all orgs
  status TEXT NOT NULL DEFAULT 'not_started',  -- not_started | pending | verified | failed | temporary_failure
  region TEXT,
  records TEXT,                                -- JSON DnsRecord[] (NULL on the shared domain)
  verify_outcome TEXT,                         -- control-plane override of the next verify (NULL: config default)
  created_at TEXT NOT NULL
);
CREATE INDEX cm_domains_org ON cm_domains (org_id, created_at);

CREATE TABLE cm_inboxes (
  id TEXT PRIMARY KEY,                         -- UUID v4
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  domain_id TEXT NOT NULL REFERENCES cm_domains(id) ON DELETE CASCADE,
  local_part TEXT NOT NULL,                    -- as given
  local_part_lc TEXT NOT NULL,                 -- inbound routing lower-cases, so uniqueness does too
  display_name TEXT,
  agent TEXT,                                  -- JSON {id?, name?, metadata?}
  webhook TEXT,                                -- JSON {endpoint?, events?, secret?}
  status TEXT,
  extraction_schema TEXT,                      -- JSON {name, description?, schema, enabled}
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (domain_id, local_part_lc)
);
CREATE INDEX cm_inboxes_org ON cm_inboxes (org_id, created_at);

-- One row per stored email (either direction). `seq` orders inserts and is the FTS rowid.
CREATE TABLE cm_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL,                    -- Commune's stored message id
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  thread_id TEXT NOT NULL,
  direction TEXT NOT NULL,                     -- inbound | outbound
  inbox_id TEXT,                               -- no FK: messages outlive their inbox
  domain_id TEXT,
  sender TEXT NOT NULL DEFAULT '',             -- bare sender address, lower-cased (filter + search)
  subject TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL,                  -- JSON [{role, identity}]
  content TEXT NOT NULL DEFAULT '',
  content_html TEXT,
  attachments TEXT NOT NULL DEFAULT '[]',      -- JSON attachment ids
  metadata TEXT NOT NULL,                      -- JSON, without delivery_status/delivery_data
  delivery_status TEXT NOT NULL DEFAULT 'sent',
  delivery_data TEXT,                          -- JSON DeliveryData (outbound)
  rfc_message_id TEXT,                         -- Message-ID header, angle brackets included
  commune_id TEXT,                             -- msg_ id returned by send (outbound)
  send_state TEXT,                             -- outbound: queued | sending | sent | failed
  send_error TEXT,
  send_spec TEXT,                              -- JSON: envelope and headers the send job composes
  created_at TEXT NOT NULL
);
CREATE INDEX cm_messages_thread ON cm_messages (org_id, thread_id, created_at);
CREATE INDEX cm_messages_inbox ON cm_messages (org_id, inbox_id, created_at);
CREATE INDEX cm_messages_domain ON cm_messages (org_id, domain_id, created_at);
CREATE INDEX cm_messages_sender ON cm_messages (org_id, sender, created_at);
CREATE INDEX cm_messages_rfc ON cm_messages (org_id, rfc_message_id);
CREATE INDEX cm_messages_commune ON cm_messages (commune_id);

-- Keyword search over subject, sender and body (search.ts); kept in step by triggers, so resets
-- and deletions of messages need nothing else.
CREATE VIRTUAL TABLE cm_messages_fts USING fts5(
  subject, sender, content, content='cm_messages', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER cm_messages_fts_ai AFTER INSERT ON cm_messages BEGIN
  INSERT INTO cm_messages_fts (rowid, subject, sender, content) VALUES (new.seq, new.subject, new.sender, new.content);
END;
CREATE TRIGGER cm_messages_fts_ad AFTER DELETE ON cm_messages BEGIN
  INSERT INTO cm_messages_fts (cm_messages_fts, rowid, subject, sender, content) VALUES ('delete', old.seq, old.subject, old.sender, old.content);
END;
CREATE TRIGGER cm_messages_fts_au AFTER UPDATE OF subject, sender, content ON cm_messages BEGIN
  INSERT INTO cm_messages_fts (cm_messages_fts, rowid, subject, sender, content) VALUES ('delete', old.seq, old.subject, old.sender, old.content);
  INSERT INTO cm_messages_fts (rowid, subject, sender, content) VALUES (new.seq, new.subject, new.sender, new.content);
END;

-- Triage state per (org, thread), created lazily; the thread itself is never checked.
CREATE TABLE cm_thread_meta (
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  thread_id TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'open',
  assigned_to TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, thread_id)
);

CREATE TABLE cm_attachments (
  id TEXT PRIMARY KEY,                         -- 32 hex (upload) or ses_<message_id>_<filename>
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  message_id TEXT NOT NULL DEFAULT '',         -- '' for uploads
  filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX cm_attachments_org ON cm_attachments (org_id);

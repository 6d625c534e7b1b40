-- The mail sink: every message that passes through the mail plane, out or in, kept raw (the exact
-- bytes received or sent, as a BLOB) and parsed (for search and inspection). `seq` orders by
-- arrival, so retention deletes the oldest first and listings show the newest first.
CREATE TABLE mail_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  direction TEXT NOT NULL,            -- out (a provider sent it) | in (an SMTP client delivered it)
  provider TEXT,                      -- the sending provider, or the first provider that received it
  tenant TEXT,                        -- the sending tenant where known
  message_id TEXT,                    -- Message-ID header, with angle brackets
  envelope_from TEXT,
  envelope_to TEXT NOT NULL,          -- JSON array of RCPT TO addresses (includes Bcc)
  from_address TEXT,                  -- lower-cased first From address
  from_json TEXT,                     -- JSON {address, name} | null
  to_json TEXT NOT NULL,              -- JSON [{address, name}]
  cc_json TEXT NOT NULL,
  -- Space-delimited lower-cased addresses (" a@x b@y "), for exact-address filters without JSON.
  recipients TEXT NOT NULL,           -- header To/Cc and envelope recipients
  mailboxes TEXT NOT NULL,            -- emulated inboxes involved: the sender's and the claimed recipients
  subject TEXT,
  text_body TEXT,
  html_body TEXT,
  headers TEXT NOT NULL,              -- JSON [[name, value], ...] in wire order, unfolded
  attachments TEXT NOT NULL,          -- JSON [{filename, contentType, size, contentId, disposition}]
  deliveries TEXT NOT NULL,           -- JSON [{address, provider, error?}] local inbox deliveries
  parse_warnings TEXT NOT NULL,       -- JSON [string]: what could not be parsed, the raw is intact
  size INTEGER NOT NULL,
  raw BLOB NOT NULL,
  received_at_ms INTEGER NOT NULL     -- engine clock
);
-- No secondary indexes beyond `id`: retention keeps the table small enough to scan for searches,
-- and every index is one more write on the SMTP path.

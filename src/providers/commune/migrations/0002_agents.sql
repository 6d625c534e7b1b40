-- Commune agents and account concern: Ed25519 agent sign-up and identities, replay nonces,
-- ownership claims, feedback, credit balances, data-deletion requests and the per-inbox daily send
-- counters. Every row carries org_id (the tenant).

-- A pending sign-up (agent-register): the organisation already exists, the agent does not yet.
CREATE TABLE cm_agent_signups (
  token TEXT PRIMARY KEY,                      -- agt_signup_ + 48 hex
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  agent_name TEXT NOT NULL,
  agent_purpose TEXT NOT NULL,
  org_slug TEXT NOT NULL,
  public_key TEXT NOT NULL,                    -- raw 32-byte Ed25519 key, standard base64
  profile TEXT NOT NULL DEFAULT '{}',          -- JSON {avatarUrl?, websiteUrl?, moltbookHandle?, capabilities?}
  epoch_marker TEXT NOT NULL,                  -- 16 hex quoted in the challenge
  expected_word_count INTEGER NOT NULL,
  expires_at TEXT NOT NULL,                    -- 15 minutes after creation
  verified_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX cm_agent_signups_org ON cm_agent_signups (org_id);

-- A verified agent: signs requests with the key it registered.
CREATE TABLE cm_agents (
  id TEXT PRIMARY KEY,                         -- agt_ + 32 hex
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  agent_name TEXT NOT NULL,
  agent_purpose TEXT NOT NULL,
  public_key TEXT NOT NULL,
  inbox_email TEXT NOT NULL,
  profile TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'active',       -- active | revoked
  ownership_status TEXT NOT NULL DEFAULT 'unclaimed', -- unclaimed | pending | claimed
  owner_email TEXT,
  claimed_at TEXT,
  last_used_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX cm_agents_org ON cm_agents (org_id);

-- (agent, X-Commune-Timestamp) pairs already accepted: a replay within the TTL is refused.
CREATE TABLE cm_agent_nonces (
  agent_id TEXT NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  org_id TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL,              -- engine time
  PRIMARY KEY (agent_id, timestamp_ms)
);
CREATE INDEX cm_agent_nonces_expiry ON cm_agent_nonces (expires_at_ms);

-- Ownership claims: the token is what the owner's email link carries.
CREATE TABLE cm_agent_claims (
  token TEXT PRIMARY KEY,                      -- 64 hex
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL,
  owner_email TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  agent_purpose TEXT NOT NULL,
  inbox_email TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',      -- pending | accepted
  expires_at TEXT NOT NULL,                    -- 24 hours after creation
  accepted_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX cm_agent_claims_agent ON cm_agent_claims (agent_id, created_at);
CREATE INDEX cm_agent_claims_owner ON cm_agent_claims (owner_email, created_at);

CREATE TABLE cm_feedback (
  id TEXT PRIMARY KEY,                         -- 24 hex, like a Mongo ObjectId
  org_id TEXT NOT NULL REFERENCES cm_orgs(id) ON DELETE CASCADE,
  agent_id TEXT,
  type TEXT NOT NULL,                          -- error | feature | signal
  message TEXT NOT NULL,
  context TEXT,                                -- JSON object
  created_at TEXT NOT NULL
);
CREATE INDEX cm_feedback_org ON cm_feedback (org_id, created_at);

-- SMS/voice credits: mailsim sells none, so a balance exists only when the control plane sets one.
CREATE TABLE cm_credit_balances (
  org_id TEXT PRIMARY KEY REFERENCES cm_orgs(id) ON DELETE CASCADE,
  balance REAL NOT NULL DEFAULT 0,
  lifetime_credits REAL NOT NULL DEFAULT 0,
  lifetime_used REAL NOT NULL DEFAULT 0
);

-- Deletion requests outlive an organisation-wide deletion (no foreign key), as on Commune.
CREATE TABLE cm_deletion_requests (
  id TEXT PRIMARY KEY,                         -- del_ + 20 hex
  org_id TEXT NOT NULL,
  scope TEXT NOT NULL,                         -- organization | inbox | messages
  inbox_id TEXT,
  before TEXT,
  status TEXT NOT NULL,                        -- pending | confirmed | executing | completed | expired | failed
  preview TEXT NOT NULL,                       -- JSON counts
  deleted_counts TEXT,                         -- JSON counts
  token_hash TEXT NOT NULL,                    -- SHA-256 of the confirmation token; the token is never stored
  confirm_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  confirmed_at TEXT,
  completed_at TEXT,
  error TEXT
);
CREATE INDEX cm_deletion_requests_org ON cm_deletion_requests (org_id, status);

-- Per-inbox daily send counter: a fixed 24 h window from the inbox's first counted send.
CREATE TABLE cm_inbox_send_windows (
  org_id TEXT NOT NULL,
  inbox_id TEXT NOT NULL,
  window_start_ms INTEGER NOT NULL,            -- engine time
  count INTEGER NOT NULL,
  PRIMARY KEY (org_id, inbox_id)
);

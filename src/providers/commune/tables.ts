/**
 * Commune's tables, parent first (reset and organisation-wide deletion walk them in this order, and
 * children first in reverse), each with its tenant column, and the row types of every table. The
 * FTS5 index cm_messages_fts follows cm_messages through triggers, so it is not listed.
 */
export interface TableDecl {
  name: string;
  tenantColumn: string | null;
}

export const TABLES: TableDecl[] = [
  // migrations/0001_core.sql
  { name: 'cm_orgs', tenantColumn: 'id' },
  { name: 'cm_api_keys', tenantColumn: 'org_id' },
  // migrations/0002_agents.sql
  { name: 'cm_agent_signups', tenantColumn: 'org_id' },
  { name: 'cm_agents', tenantColumn: 'org_id' },
  { name: 'cm_agent_nonces', tenantColumn: 'org_id' },
  { name: 'cm_agent_claims', tenantColumn: 'org_id' },
  { name: 'cm_feedback', tenantColumn: 'org_id' },
  { name: 'cm_credit_balances', tenantColumn: 'org_id' },
  { name: 'cm_deletion_requests', tenantColumn: 'org_id' },
  { name: 'cm_inbox_send_windows', tenantColumn: 'org_id' },
  // migrations/0003_mail.sql
  { name: 'cm_domains', tenantColumn: 'org_id' },
  { name: 'cm_inboxes', tenantColumn: 'org_id' },
  { name: 'cm_messages', tenantColumn: 'org_id' },
  { name: 'cm_thread_meta', tenantColumn: 'org_id' },
  { name: 'cm_attachments', tenantColumn: 'org_id' },
  // migrations/0004_ops.sql
  { name: 'cm_webhook_meta', tenantColumn: 'org_id' },
  { name: 'cm_delivery_events', tenantColumn: 'org_id' },
  { name: 'cm_suppressions', tenantColumn: 'org_id' },
  { name: 'cm_dmarc_reports', tenantColumn: 'org_id' },
  { name: 'cm_meta', tenantColumn: null },
  // migrations/0005_thread_inboxes.sql: last, so a reset empties it before the messages its triggers follow.
  { name: 'cm_thread_inboxes', tenantColumn: 'org_id' },
];

export interface OrgRow {
  id: string;
  name: string;
  slug: string | null;
  tier: string;
  created_at: string;
  updated_at: string;
}
export interface ApiKeyRow {
  id: string;
  org_id: string;
  name: string;
  key_hash: string;
  key_prefix: string;
  permissions: string;
  status: string;
  expires_at: string | null;
  last_used_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

export type OwnershipStatus = 'unclaimed' | 'pending' | 'claimed';

/** Optional profile fields given at sign-up (stored as JSON). */
export interface AgentProfile {
  avatarUrl?: string;
  websiteUrl?: string;
  moltbookHandle?: string;
  capabilities?: string[];
}

export interface SignupRow {
  token: string;
  org_id: string;
  agent_name: string;
  agent_purpose: string;
  org_slug: string;
  public_key: string;
  profile: string;
  epoch_marker: string;
  expected_word_count: number;
  expires_at: string;
  verified_at: string | null;
  created_at: string;
}

export interface AgentRow {
  id: string;
  org_id: string;
  agent_name: string;
  agent_purpose: string;
  public_key: string;
  inbox_email: string;
  profile: string;
  status: string;
  ownership_status: OwnershipStatus;
  owner_email: string | null;
  claimed_at: string | null;
  last_used_at: string | null;
  created_at: string;
}

export interface ClaimRow {
  token: string;
  org_id: string;
  agent_id: string;
  owner_email: string;
  agent_name: string;
  agent_purpose: string;
  inbox_email: string;
  status: 'pending' | 'accepted';
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
}

export interface DeletionRequestRow {
  id: string;
  org_id: string;
  scope: DeletionScope;
  inbox_id: string | null;
  before: string | null;
  status: DeletionStatus;
  preview: string;
  deleted_counts: string | null;
  token_hash: string;
  confirm_by: string;
  requested_at: string;
  requested_by: string;
  confirmed_at: string | null;
  completed_at: string | null;
  error: string | null;
}

export type DeletionScope = 'organization' | 'inbox' | 'messages';
export type DeletionStatus = 'pending' | 'confirmed' | 'executing' | 'completed' | 'expired' | 'failed';

export interface DomainRow {
  id: string;
  org_id: string | null;
  name: string;
  name_lc: string;
  status: string;
  region: string | null;
  records: string | null;
  verify_outcome: string | null;
  created_at: string;
}

export interface InboxRow {
  id: string;
  org_id: string;
  domain_id: string;
  local_part: string;
  local_part_lc: string;
  display_name: string | null;
  agent: string | null;
  webhook: string | null;
  status: string | null;
  extraction_schema: string | null;
  created_at: string;
  updated_at: string;
}

/** An inbox row with its domain's name joined in. */
export interface InboxWithDomainRow extends InboxRow {
  domain_name: string;
}

export interface MessageRow {
  seq: number;
  message_id: string;
  org_id: string;
  thread_id: string;
  direction: 'inbound' | 'outbound';
  inbox_id: string | null;
  domain_id: string | null;
  sender: string;
  subject: string;
  participants: string;
  content: string;
  content_html: string | null;
  attachments: string;
  metadata: string;
  delivery_status: string;
  delivery_data: string | null;
  rfc_message_id: string | null;
  commune_id: string | null;
  send_state: string | null;
  send_error: string | null;
  send_spec: string | null;
  created_at: string;
}

export interface ThreadMetaRow {
  org_id: string;
  thread_id: string;
  tags: string;
  status: string;
  assigned_to: string | null;
  updated_at: string;
}

export interface AttachmentRow {
  id: string;
  org_id: string;
  message_id: string;
  filename: string;
  mime_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface WebhookMetaRow {
  delivery_id: string;
  org_id: string;
  inbox_id: string;
  message_id: string;
  secret: string | null;
  payload_hash: string;
}
export interface DeliveryEventRow {
  seq: number;
  id: string;
  org_id: string;
  message_id: string;
  event_type: string;
  event_data: string;
  inbox_id: string | null;
  domain_id: string | null;
  processed_at: string;
}
export interface SuppressionRow {
  seq: number;
  id: string;
  org_id: string;
  email: string;
  reason: string;
  type: string;
  source: string;
  inbox_id: string | null;
  domain_id: string | null;
  message_id: string | null;
  created_at: string;
  expires_at: string | null;
  metadata: string;
}
export interface DmarcReportRow {
  seq: number;
  id: string;
  org_id: string;
  report_id: string;
  domain: string;
  org_name: string;
  email: string;
  date_begin: string;
  date_end: string;
  policy: string;
  records: string;
  our_domain_id: string | null;
  received_at: string;
}

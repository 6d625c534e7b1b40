/** Gent's tables (parent first, each with its tenant column) and their row types. */
export const TABLES = [
  { name: 'gt_orgs', tenantColumn: 'id' },
  { name: 'gt_users', tenantColumn: 'org_id' },
  { name: 'gt_sessions', tenantColumn: 'org_id' },
  { name: 'gt_usage', tenantColumn: 'org_id' },
  // The API reads a domain by its name, and lists workflow rules under /v1/workflows/.
  { name: 'gt_domains', tenantColumn: 'org_id', api: { key: 'domain' } },
  { name: 'gt_inboxes', tenantColumn: 'org_id' },
  { name: 'gt_tokens', tenantColumn: 'org_id' },
  { name: 'gt_threads', tenantColumn: 'org_id' },
  { name: 'gt_messages', tenantColumn: 'org_id' },
  { name: 'gt_blobs', tenantColumn: 'org_id' },
  { name: 'gt_thread_notes', tenantColumn: 'org_id' },
  { name: 'gt_approvals', tenantColumn: 'org_id' },
  { name: 'gt_contacts', tenantColumn: 'org_id' },
  { name: 'gt_files', tenantColumn: 'org_id' },
  { name: 'gt_file_versions', tenantColumn: 'org_id' },
  { name: 'gt_file_rows', tenantColumn: 'org_id' },
  { name: 'gt_tasks', tenantColumn: 'org_id' },
  { name: 'gt_activity', tenantColumn: 'org_id' },
  { name: 'gt_workflow_rules', tenantColumn: 'org_id', api: { resource: 'workflows' } },
  { name: 'gt_work_routes', tenantColumn: 'org_id' },
  { name: 'gt_alerts', tenantColumn: 'org_id' },
  { name: 'gt_webhook_meta', tenantColumn: 'org_id' },
  { name: 'gt_waitlist', tenantColumn: null },
  { name: 'gt_meta', tenantColumn: null },
] as const;

export interface OrgRow {
  id: string;
  name: string;
  plan: string;
  created_at: string;
}
export interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string | null;
  password_salt: string;
  password_hash: string;
  created_at: string;
}
export interface SessionRow {
  id: string;
  org_id: string;
  user_id: string;
  created_at: string;
  revoked_at: string | null;
}
export interface DomainRow {
  id: string;
  org_id: string;
  domain: string;
  domain_use: string;
  dmarc_policy: string;
  status: string;
  verification_token: string;
  dkim_key: string;
  created_at: string;
  verified_at: string | null;
  seq: number;
}
export interface InboxRow {
  id: string;
  org_id: string;
  domain_id: string;
  address: string;
  display_name: string | null;
  default_timezone: string | null;
  webhook_url: string | null;
  webhook_events: string;
  webhook_secret: string | null;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface TokenRow {
  id: string;
  org_id: string;
  inbox_id: string;
  label: string;
  token_hash: string;
  token_prefix: string;
  scopes: string;
  requires_approval: string;
  created_at: string;
  last_used_at: string | null;
  rotated_at: string | null;
  revoked_at: string | null;
  seq: number;
}
export interface ThreadRow {
  id: string;
  org_id: string;
  inbox_id: string;
  subject: string;
  last_message_at: string;
  assigned_inbox_id: string | null;
  created_at: string;
  seq: number;
}
export interface MessageRow {
  id: string;
  org_id: string;
  inbox_id: string;
  thread_id: string;
  direction: 'inbound' | 'outbound';
  status: string;
  from_email: string;
  from_name: string | null;
  to_json: string;
  cc_json: string;
  bcc_json: string;
  reply_to_json: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  labels_json: string;
  attachments_json: string;
  is_read: number;
  rfc_message_id: string | null;
  in_reply_to: string | null;
  references_json: string;
  error: string | null;
  created_at_ms: number;
  sent_at_ms: number | null;
  seq: number;
}
export interface BlobRow {
  id: string;
  org_id: string;
  filename: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: string;
}
export interface NoteRow {
  id: string;
  org_id: string;
  thread_id: string;
  author_inbox_id: string;
  body: string;
  mentions: string;
  created_at_ms: number;
  seq: number;
}
export interface ApprovalRow {
  id: string;
  org_id: string;
  inbox_id: string;
  token_id: string | null;
  token_label: string | null;
  action_type: string;
  summary: string;
  request_json: string;
  status: string;
  queued_at_ms: number;
  expires_at_ms: number;
  resolved_at_ms: number | null;
  result_json: string | null;
  seq: number;
}
export interface ContactRow {
  id: string;
  org_id: string;
  inbox_id: string | null;
  full_name: string;
  emails: string;
  phones: string;
  notes: string | null;
  anniversaries: string;
  created_at: string;
  seq: number;
}
export interface FileRow {
  id: string;
  org_id: string;
  inbox_id: string | null;
  name: string;
  file_type: string;
  scope: string;
  instructions: string | null;
  content: string | null;
  version: number;
  row_count: number;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface FileVersionRow {
  file_id: string;
  org_id: string;
  version: number;
  change: string;
  rows_added: number;
  source_message_id: string | null;
  created_at: string;
}
export interface TaskRow {
  id: string;
  org_id: string;
  inbox_id: string | null;
  title: string;
  notes: string | null;
  due_at_ms: number | null;
  status: string;
  source_type: string | null;
  source_id: string | null;
  created_at_ms: number;
  completed_at_ms: number | null;
  seq: number;
}
export interface ActivityRow {
  id: string;
  org_id: string;
  inbox_id: string;
  contact_address: string;
  type: string;
  resource_id: string;
  participants: string | null;
  summary: string;
  occurred_at_ms: number;
  metadata: string;
  seq: number;
}
export interface WorkflowRuleRow {
  id: string;
  org_id: string;
  inbox_id: string | null;
  name: string;
  trigger: string;
  conditions: string;
  writes: string;
  enabled: number;
  secret: string;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface WorkRouteRow {
  id: string;
  org_id: string;
  inbox_id: string | null;
  name: string;
  request_type: string;
  routing_mode: string;
  recipients: string;
  completion_rule: string;
  response_phrases: string;
  created_at: string;
  seq: number;
}
export interface AlertRow {
  id: string;
  org_id: string;
  inbox_id: string;
  events: string;
  delivery: string;
  offset_json: string | null;
  filter: string | null;
  retries: number;
  backoff: string;
  threshold: number | null;
  enabled: number;
  secret: string;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface WebhookMetaRow {
  delivery_id: string;
  org_id: string;
  source_kind: string;
  source_id: string;
  secret: string;
}

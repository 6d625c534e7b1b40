/** AgentSend's tables, parent first, each with its tenant column, and the row types of every table. */

export const TABLES = [
  { name: 'as_accounts', tenantColumn: 'id' },
  { name: 'as_api_keys', tenantColumn: 'account_id' },
  { name: 'as_domains', tenantColumn: 'account_id' },
  { name: 'as_inboxes', tenantColumn: 'account_id' },
  { name: 'as_threads', tenantColumn: 'account_id' },
  { name: 'as_messages', tenantColumn: 'account_id' },
  { name: 'as_webhooks', tenantColumn: 'account_id' },
  { name: 'as_attachments', tenantColumn: 'account_id' },
  { name: 'as_auth_codes', tenantColumn: null },
  { name: 'as_meta', tenantColumn: null },
] as const;

export interface AccountRow {
  id: string;
  name: string | null;
  email: string;
  plan: string;
  daily_send_limit: number;
  is_verified: number;
  created_at: string;
  updated_at: string;
}
export interface ApiKeyRow {
  id: string;
  account_id: string;
  key_hash: string;
  key_prefix: string;
  name: string | null;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  created_at: string;
}
export interface DomainRow {
  id: string;
  account_id: string;
  domain: string;
  verification_token: string | null;
  dkim_tokens: string;
  sending_status: string;
  receiving_status: string;
  verified_at: string | null;
  sending_verified_at: string | null;
  receiving_verified_at: string | null;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface InboxRow {
  id: string;
  account_id: string;
  domain_id: string | null;
  address: string;
  display_name: string | null;
  daily_send_limit: number;
  is_verified: number;
  sends_today: number;
  sends_day: string | null;
  bounce_count: number;
  complaint_count: number;
  total_sent: number;
  pending_sends: number;
  message_count: number;
  thread_count: number;
  status: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface ThreadRow {
  id: string;
  inbox_id: string;
  account_id: string;
  subject: string;
  last_message_at: string;
  message_count: number;
  created_at: string;
  seq: number;
}
export interface MessageRow {
  id: string;
  inbox_id: string;
  account_id: string;
  thread_id: string | null;
  direction: string;
  from_address: string;
  to_addresses: string;
  cc_addresses: string;
  bcc_addresses: string;
  subject: string;
  body_text: string | null;
  body_html: string | null;
  attachments: string;
  status: string;
  delivery: string;
  ses_message_id: string | null;
  error_message: string | null;
  retry_count: number;
  message_id_header: string | null;
  in_reply_to: string | null;
  references_headers: string;
  raw_headers: string | null;
  sent_at: string | null;
  created_at: string;
  seq: number;
}
export interface WebhookRow {
  id: string;
  account_id: string;
  url: string;
  events: string;
  description: string | null;
  secret: string;
  is_active: number;
  created_at: string;
  updated_at: string;
  seq: number;
}
export interface AttachmentRow {
  id: string;
  account_id: string;
  key: string;
  filename: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: string;
}

/** One sign-in code or magic-link token (as_auth_codes). */
export interface AuthCodeRow {
  id: string;
  email: string;
  name: string | null;
  code: string;
  kind: AuthCodeKind;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export type AuthCodeKind = 'code' | 'magic_link';

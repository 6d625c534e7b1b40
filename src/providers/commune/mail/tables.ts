import type { TableDecl } from '../tables.js';

/**
 * Tables of the mail concern, parent first; created by migrations/0003_mail.sql. The FTS5 index
 * (cm_messages_fts) follows cm_messages through triggers, so it is not listed.
 */
export const MAIL_TABLES: TableDecl[] = [
  { name: 'cm_domains', tenantColumn: 'org_id' },
  { name: 'cm_inboxes', tenantColumn: 'org_id' },
  { name: 'cm_messages', tenantColumn: 'org_id' },
  { name: 'cm_thread_meta', tenantColumn: 'org_id' },
  { name: 'cm_attachments', tenantColumn: 'org_id' },
];

export interface DomainRow {
  id: string; org_id: string | null; name: string; name_lc: string; status: string;
  region: string | null; records: string | null; verify_outcome: string | null; created_at: string;
}

export interface InboxRow {
  id: string; org_id: string; domain_id: string; local_part: string; local_part_lc: string;
  display_name: string | null; agent: string | null; webhook: string | null; status: string | null;
  extraction_schema: string | null; created_at: string; updated_at: string;
}

/** An inbox row with its domain's name joined in. */
export interface InboxWithDomainRow extends InboxRow {
  domain_name: string;
}

export interface MessageRow {
  seq: number; message_id: string; org_id: string; thread_id: string; direction: 'inbound' | 'outbound';
  inbox_id: string | null; domain_id: string | null; sender: string; subject: string; participants: string;
  content: string; content_html: string | null; attachments: string; metadata: string; delivery_status: string;
  delivery_data: string | null; rfc_message_id: string | null; commune_id: string | null; send_state: string | null;
  send_error: string | null; send_spec: string | null; created_at: string;
}

export interface ThreadMetaRow {
  org_id: string; thread_id: string; tags: string; status: string; assigned_to: string | null; updated_at: string;
}

export interface AttachmentRow {
  id: string; org_id: string; message_id: string; filename: string; mime_type: string; size: number;
  content: Buffer; created_at: string;
}

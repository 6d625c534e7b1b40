import type { TableDecl } from '../tables.js';

/** Tables of this concern, parent first; created by migrations/0004_ops.sql. */
export const OPS_TABLES: TableDecl[] = [
  { name: 'cm_webhook_meta', tenantColumn: 'org_id' },
  { name: 'cm_delivery_events', tenantColumn: 'org_id' },
  { name: 'cm_suppressions', tenantColumn: 'org_id' },
  { name: 'cm_dmarc_reports', tenantColumn: 'org_id' },
];

export interface WebhookMetaRow { delivery_id: string; org_id: string; inbox_id: string; message_id: string; secret: string | null; payload_hash: string }
export interface DeliveryEventRow {
  seq: number; id: string; org_id: string; message_id: string; event_type: string; event_data: string;
  inbox_id: string | null; domain_id: string | null; processed_at: string;
}
export interface SuppressionRow {
  seq: number; id: string; org_id: string; email: string; reason: string; type: string; source: string; inbox_id: string | null;
  domain_id: string | null; message_id: string | null; created_at: string; expires_at: string | null; metadata: string;
}
export interface DmarcReportRow {
  seq: number; id: string; org_id: string; report_id: string; domain: string; org_name: string; email: string; date_begin: string;
  date_end: string; policy: string; records: string; our_domain_id: string | null; received_at: string;
}

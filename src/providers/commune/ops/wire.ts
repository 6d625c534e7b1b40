/** Ledger, suppression and DMARC rows → Commune's JSON (contracts/commune.yaml component schemas). */
import type { DeliveryEventRow, DmarcReportRow, SuppressionRow } from './tables.js';

export function deliveryEventJson(r: DeliveryEventRow): Record<string, unknown> {
  return {
    message_id: r.message_id, event_type: r.event_type, event_data: JSON.parse(r.event_data) as Record<string, unknown>,
    inbox_id: r.inbox_id, domain_id: r.domain_id, processed_at: r.processed_at,
  };
}

export function suppressionJson(r: SuppressionRow): Record<string, unknown> {
  return {
    email: r.email, reason: r.reason, type: r.type, source: r.source, inbox_id: r.inbox_id, domain_id: r.domain_id,
    ...(r.message_id ? { message_id: r.message_id } : {}), created_at: r.created_at, expires_at: r.expires_at,
    metadata: JSON.parse(r.metadata) as Record<string, unknown>,
  };
}

export function dmarcReportJson(r: DmarcReportRow): Record<string, unknown> {
  return {
    report_id: r.report_id, org_name: r.org_name, email: r.email, domain: r.domain, date_begin: r.date_begin, date_end: r.date_end,
    policy: JSON.parse(r.policy) as Record<string, unknown>, records: JSON.parse(r.records) as unknown[], received_at: r.received_at,
    our_domain_id: r.our_domain_id, org_id: r.org_id,
  };
}

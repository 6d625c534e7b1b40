/**
 * Rows → Commune's JSON. Stored objects (inbox, domain) keep Commune's camelCase and leave unset
 * optional fields out (absent, not null), as the real server's `undefined`s do.
 */
import type { Db } from '../../engine/store.js';
import type { DeletionCounts } from './store/deletion-scope.js';
import type {
  ApiKeyRow,
  AttachmentRow,
  DeletionRequestRow,
  DeliveryEventRow,
  DmarcReportRow,
  DomainRow,
  InboxWithDomainRow,
  MessageRow,
  OrgRow,
  SuppressionRow,
  ThreadMetaRow,
} from './tables.js';
import { listOrgInboxes } from './store/inboxes.js';

const parse = <T>(s: string | null): T | undefined => (s === null ? undefined : (JSON.parse(s) as T));

export function inboxJson(row: InboxWithDomainRow): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    localPart: row.local_part,
    address: `${row.local_part}@${row.domain_name}`,
  };
  if (row.display_name !== null) out.displayName = row.display_name;
  const agent = parse<Record<string, unknown>>(row.agent);
  if (agent) out.agent = agent;
  const webhook = parse<Record<string, unknown>>(row.webhook);
  if (webhook) out.webhook = webhook;
  if (row.status !== null) out.status = row.status;
  const schema = parse<Record<string, unknown>>(row.extraction_schema);
  if (schema) out.extractionSchema = schema;
  out.createdAt = row.created_at;
  out.orgId = row.org_id;
  return out;
}

/** The inbox plus the snake_case domain_id/domain_name (create without domain, all-inboxes list). */
export function inboxWithDomainJson(row: InboxWithDomainRow): Record<string, unknown> {
  return { ...inboxJson(row), domain_id: row.domain_id, domain_name: row.domain_name };
}

/** A domain; `inboxes` (the caller's only) on list and get, left out of the create answer. */
export function domainJson(db: Db, row: DomainRow, orgId: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = { id: row.id, name: row.name, status: row.status };
  if (row.region !== null) out.region = row.region;
  const records = parse<unknown[]>(row.records);
  if (records) out.records = records;
  out.createdAt = row.created_at;
  if (orgId !== null) out.inboxes = listOrgInboxes(db, orgId, row.id).map(inboxJson);
  return out;
}

export function messageJson(row: MessageRow, opts: { withOrg?: boolean } = {}): Record<string, unknown> {
  const metadata: Record<string, unknown> = {
    ...(JSON.parse(row.metadata) as Record<string, unknown>),
    delivery_status: row.delivery_status,
  };
  const deliveryData = parse<Record<string, unknown>>(row.delivery_data);
  if (deliveryData) metadata.delivery_data = deliveryData;
  const out: Record<string, unknown> = {
    channel: 'email',
    message_id: row.message_id,
    thread_id: row.thread_id,
    direction: row.direction,
    participants: JSON.parse(row.participants),
    content: row.content,
    content_html: row.content_html,
    attachments: JSON.parse(row.attachments),
    created_at: row.created_at,
    metadata,
  };
  if (opts.withOrg !== false) out.orgId = row.org_id;
  return out;
}

export const DEFAULT_THREAD_STATUS = 'open';

export function threadMetaJson(row: ThreadMetaRow): Record<string, unknown> {
  return {
    thread_id: row.thread_id,
    orgId: row.org_id,
    tags: JSON.parse(row.tags),
    status: row.status,
    assigned_to: row.assigned_to,
    updated_at: row.updated_at,
  };
}

/** Ledger, suppression and DMARC rows → Commune's JSON (contracts/commune.yaml component schemas). */

export function deliveryEventJson(r: DeliveryEventRow): Record<string, unknown> {
  return {
    message_id: r.message_id,
    event_type: r.event_type,
    event_data: JSON.parse(r.event_data) as Record<string, unknown>,
    inbox_id: r.inbox_id,
    domain_id: r.domain_id,
    processed_at: r.processed_at,
  };
}

export function suppressionJson(r: SuppressionRow): Record<string, unknown> {
  return {
    email: r.email,
    reason: r.reason,
    type: r.type,
    source: r.source,
    inbox_id: r.inbox_id,
    domain_id: r.domain_id,
    ...(r.message_id ? { message_id: r.message_id } : {}),
    created_at: r.created_at,
    expires_at: r.expires_at,
    metadata: JSON.parse(r.metadata) as Record<string, unknown>,
  };
}

export function dmarcReportJson(r: DmarcReportRow): Record<string, unknown> {
  return {
    report_id: r.report_id,
    org_name: r.org_name,
    email: r.email,
    domain: r.domain,
    date_begin: r.date_begin,
    date_end: r.date_end,
    policy: JSON.parse(r.policy) as Record<string, unknown>,
    records: JSON.parse(r.records) as unknown[],
    received_at: r.received_at,
    our_domain_id: r.our_domain_id,
    org_id: r.org_id,
  };
}

/** The request as GET answers it: optional keys absent, not null. */
export function deletionRequestJson(row: DeletionRequestRow) {
  return {
    id: row.id,
    scope: row.scope,
    ...(row.inbox_id !== null ? { inbox_id: row.inbox_id } : {}),
    ...(row.before !== null ? { before: row.before } : {}),
    status: row.status,
    preview: JSON.parse(row.preview) as DeletionCounts,
    ...(row.deleted_counts !== null ? { deleted_counts: JSON.parse(row.deleted_counts) as DeletionCounts } : {}),
    confirm_by: row.confirm_by,
    requested_at: row.requested_at,
    ...(row.confirmed_at !== null ? { confirmed_at: row.confirmed_at } : {}),
    ...(row.completed_at !== null ? { completed_at: row.completed_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

export function apiKeyJson(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    keyPrefix: row.key_prefix,
    permissions: JSON.parse(row.permissions) as string[],
    status: row.status,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    createdAt: row.created_at,
  };
}

export function orgJson(row: OrgRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug ?? '',
    tier: row.tier,
    status: 'active',
    settings: {},
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function attachmentJson(row: AttachmentRow): Record<string, unknown> {
  return {
    attachment_id: row.id,
    message_id: row.message_id,
    filename: row.filename,
    mime_type: row.mime_type,
    size: row.size,
    storage_type: 'database',
    cloudinary_url: null,
    cloudinary_public_id: null,
    source: 'email',
  };
}

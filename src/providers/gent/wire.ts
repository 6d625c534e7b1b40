/**
 * Rows as Gent sends them (the shapes are in contracts/gent.yaml; their sources in contracts/gent.md).
 */
import { inboxTime } from './domain/timezone.js';
import { parseList, parseObject } from './domain/json.js';
import type {
  ActivityRow,
  AlertRow,
  ApprovalRow,
  BlobRow,
  ContactRow,
  DomainRow,
  FileRow,
  FileVersionRow,
  InboxRow,
  MessageRow,
  NoteRow,
  TaskRow,
  ThreadRow,
  TokenRow,
  WorkflowRuleRow,
  WorkRouteRow,
} from './tables.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Gent's offset envelope. */
export function page<T>(results: T[], total: number, position: number, limit: number) {
  return { results, total, position, limit };
}

/** `position`/`limit` from a validated query (the contract supplies the defaults). */
export function paging(query: Record<string, unknown>): { position: number; limit: number } {
  return { position: Number(query.position ?? 0), limit: Number(query.limit ?? 50) };
}

export function dnsRecords(d: DomainRow) {
  const status = d.status === 'verified' ? 'valid' : 'pending';
  return [
    { type: 'MX', name: '@', value: '10 inbound.gent.mx', purpose: 'mx', status },
    { type: 'TXT', name: '@', value: 'v=spf1 include:spf.gent.mx ~all', purpose: 'spf', status },
    { type: 'TXT', name: 'gent._domainkey', value: `v=DKIM1; k=rsa; p=${d.dkim_key}`, purpose: 'dkim', status },
    {
      type: 'TXT',
      name: '_dmarc',
      value: `v=DMARC1; p=${d.dmarc_policy}; rua=mailto:dmarc@gent.mx`,
      purpose: 'dmarc',
      status,
    },
    {
      type: 'TXT',
      name: '_gent-verify',
      value: `gent-verify=${d.verification_token}`,
      purpose: 'verification',
      status,
    },
  ] as const;
}

export function domainJson(d: DomainRow) {
  return {
    domain_id: d.id,
    domain: d.domain,
    domain_use: d.domain_use,
    dmarc_policy: d.dmarc_policy,
    status: d.status,
    dns_records: dnsRecords(d),
    created_at: d.created_at,
    verified_at: d.verified_at,
  };
}

export function inboxJson(i: InboxRow, domain: string, extra: { webhook_secret?: string } = {}) {
  return {
    inbox_id: i.id,
    address: i.address,
    display_name: i.display_name,
    domain,
    default_timezone: i.default_timezone,
    webhook_url: i.webhook_url,
    webhook_events: parseList(i.webhook_events),
    ...extra,
    created_at: i.created_at,
    updated_at: i.updated_at,
  };
}

export function tokenJson(t: TokenRow) {
  return {
    token_id: t.id,
    token_prefix: t.token_prefix,
    inbox_id: t.inbox_id,
    label: t.label,
    scopes: parseList(t.scopes),
    requires_approval: parseList(t.requires_approval),
    created_at: t.created_at,
    last_used_at: t.last_used_at,
    rotated_at: t.rotated_at,
    revoked_at: t.revoked_at,
  };
}

/** The create and rotate answers: the token with its raw secret, shown this once. */
export function tokenSecretJson(t: TokenRow, secret: string) {
  const { token_id, ...rest } = tokenJson(t);
  return { token_id, token: secret, ...rest };
}

interface StoredAddress {
  email: string;
  name: string | null;
}
interface StoredAttachment {
  blob_id: string;
  filename: string;
  content_type: string;
  size: number;
}

export function snippetOf(m: Pick<MessageRow, 'text_body' | 'html_body'>): string {
  const text = m.text_body ?? (m.html_body ?? '').replace(/<[^>]*>/g, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function messageJson(m: MessageRow, timeZone: string | null, detail = false) {
  return {
    message_id: m.id,
    thread_id: m.thread_id,
    inbox_id: m.inbox_id,
    direction: m.direction,
    status: m.status,
    from: { email: m.from_email, name: m.from_name },
    to: parseList<StoredAddress>(m.to_json),
    cc: parseList<StoredAddress>(m.cc_json),
    bcc: parseList<StoredAddress>(m.bcc_json),
    reply_to: parseList<StoredAddress>(m.reply_to_json),
    subject: m.subject,
    snippet: snippetOf(m),
    labels: parseList(m.labels_json),
    attachments: parseList<StoredAttachment>(m.attachments_json),
    is_read: m.is_read === 1,
    in_reply_to: m.in_reply_to,
    received_at: m.direction === 'inbound' ? inboxTime(m.created_at_ms, timeZone) : null,
    sent_at: m.direction === 'outbound' ? inboxTime(m.sent_at_ms, timeZone) : null,
    ...(detail ? { text_body: m.text_body, html_body: m.html_body } : {}),
  };
}

export function threadJson(t: ThreadRow, messages: Pick<MessageRow, 'id' | 'from_email' | 'to_json' | 'cc_json'>[]) {
  const participants = new Set<string>();
  for (const m of messages) {
    participants.add(m.from_email);
    for (const a of [...parseList<StoredAddress>(m.to_json), ...parseList<StoredAddress>(m.cc_json)])
      participants.add(a.email);
  }
  return {
    thread_id: t.id,
    inbox_id: t.inbox_id,
    subject: t.subject,
    participants: [...participants],
    message_ids: messages.map((m) => m.id),
    message_count: messages.length,
    last_message_at: t.last_message_at,
    assigned_inbox_id: t.assigned_inbox_id,
  };
}

export function noteJson(n: NoteRow) {
  return {
    note_id: n.id,
    author_inbox_id: n.author_inbox_id,
    body: n.body,
    mentions: parseList(n.mentions),
    created_at: iso(n.created_at_ms)!,
  };
}

export function blobJson(b: Pick<BlobRow, 'id' | 'filename' | 'content_type' | 'size' | 'created_at'>) {
  return { blob_id: b.id, filename: b.filename, content_type: b.content_type, size: b.size, created_at: b.created_at };
}

/** A held action's status as of `nowMs`: a pending one past its expiry reads expired. */
export function approvalStatus(a: ApprovalRow, nowMs: number): string {
  return a.status === 'pending' && nowMs >= a.expires_at_ms ? 'expired' : a.status;
}

export function approvalJson(a: ApprovalRow, nowMs: number) {
  return {
    approval_id: a.id,
    inbox_id: a.inbox_id,
    action_type: a.action_type,
    token_label: a.token_label,
    summary: a.summary,
    status: approvalStatus(a, nowMs),
    queued_at: iso(a.queued_at_ms)!,
    expires_at: iso(a.expires_at_ms)!,
  };
}

/** The detail view keys the id `action_id`, as Gent's governance page shows. */
export function approvalDetailJson(a: ApprovalRow, nowMs: number) {
  const { approval_id, ...rest } = approvalJson(a, nowMs);
  return { action_id: approval_id, ...rest, resolved_at: iso(a.resolved_at_ms), result: parseObject(a.result_json) };
}

export function contactJson(c: ContactRow, detail = false) {
  return {
    id: c.id,
    inbox_id: c.inbox_id,
    full_name: c.full_name,
    emails: parseList(c.emails),
    phones: parseList(c.phones),
    notes: c.notes,
    anniversaries: parseList(c.anniversaries),
    ...(detail ? { active_sequences: [] } : {}),
    created_at: c.created_at,
  };
}

export function fileJson(f: FileRow) {
  return {
    file_id: f.id,
    inbox_id: f.inbox_id,
    name: f.name,
    file_type: f.file_type,
    scope: f.scope,
    instructions: f.instructions,
    version: f.version,
    row_count: f.row_count,
    created_at: f.created_at,
    updated_at: f.updated_at,
  };
}

export function fileVersionJson(v: FileVersionRow) {
  return {
    version: v.version,
    change: v.change,
    rows_added: v.rows_added,
    source_message_id: v.source_message_id,
    created_at: v.created_at,
  };
}

export function taskJson(t: TaskRow) {
  return {
    task_id: t.id,
    inbox_id: t.inbox_id,
    title: t.title,
    notes: t.notes,
    due_at: iso(t.due_at_ms),
    status: t.status,
    pending: t.due_at_ms === null && t.status === 'open',
    source: t.source_type ? { type: t.source_type, id: t.source_id! } : null,
    created_at: iso(t.created_at_ms)!,
    completed_at: iso(t.completed_at_ms),
  };
}

export function activityJson(a: ActivityRow, contactId: string | null) {
  return {
    id: a.id,
    inbox_id: a.inbox_id,
    contact_address: a.contact_address,
    contact_id: contactId,
    type: a.type,
    resource_id: a.resource_id,
    participants: a.participants ? parseList(a.participants) : null,
    summary: a.summary,
    occurred_at: iso(a.occurred_at_ms)!,
    metadata: parseObject(a.metadata) ?? {},
  };
}

export function ruleJson(r: WorkflowRuleRow, withSecret = false) {
  return {
    rule_id: r.id,
    inbox_id: r.inbox_id,
    name: r.name,
    trigger: r.trigger,
    conditions: parseList(r.conditions),
    writes: parseList(r.writes),
    enabled: r.enabled === 1,
    ...(withSecret ? { secret: r.secret } : {}),
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

export function routeJson(r: WorkRouteRow) {
  return {
    route_id: r.id,
    inbox_id: r.inbox_id,
    name: r.name,
    request_type: r.request_type,
    routing_mode: r.routing_mode,
    recipients: parseList(r.recipients),
    completion_rule: r.completion_rule,
    response_phrases: parseObject(r.response_phrases) ?? { approve: [], reject: [] },
    created_at: r.created_at,
  };
}

export function alertJson(a: AlertRow, withSecret = false) {
  return {
    id: a.id,
    inbox_id: a.inbox_id,
    events: parseList(a.events),
    delivery: parseObject(a.delivery)!,
    offset: parseObject(a.offset_json),
    filter: parseObject(a.filter),
    retries: a.retries,
    backoff: a.backoff,
    threshold: a.threshold,
    enabled: a.enabled === 1,
    ...(withSecret ? { secret: a.secret } : {}),
    created_at: a.created_at,
    updated_at: a.updated_at,
  };
}

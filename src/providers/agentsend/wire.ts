/**
 * Row → JSON for every AgentSend object, with the exact camelCase field names the API returns.
 */
import type {
  AccountRow,
  ApiKeyRow,
  AttachmentRow,
  DomainRow,
  InboxRow,
  MessageRow,
  ThreadRow,
  WebhookRow,
} from './tables.js';

const DAY_MS = 86_400_000;
/** The UTC day last asked for: every inbox in every answer asks, and toISOString costs ~0.6 µs. */
let knownDay = { start: 0, end: 0, text: '' };

/** `YYYY-MM-DD` of the UTC day `d` falls in. */
export function utcDay(d: Date): string {
  const ms = d.getTime();
  // Written so that NaN (an invalid date) recomputes, and toISOString throws as it always did.
  if (!(ms >= knownDay.start && ms < knownDay.end)) {
    const start = Math.floor(ms / DAY_MS) * DAY_MS;
    knownDay = { start, end: start + DAY_MS, text: d.toISOString().slice(0, 10) };
  }
  return knownDay.text;
}

/** sendsToday resets at 00:00 UTC (docs): a counter from an earlier day reads as 0. */
export function effectiveSendsToday(row: Pick<InboxRow, 'sends_today' | 'sends_day'>, now: Date): number {
  return row.sends_day === utcDay(now) ? row.sends_today : 0;
}

export function inboxJson(r: InboxRow, now: Date) {
  return {
    id: r.id,
    accountId: r.account_id,
    domainId: r.domain_id,
    address: r.address,
    displayName: r.display_name,
    dailySendLimit: r.daily_send_limit,
    isVerified: r.is_verified === 1,
    sendsToday: effectiveSendsToday(r, now),
    bounceCount: r.bounce_count,
    complaintCount: r.complaint_count,
    totalSent: r.total_sent,
    status: r.status,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function messageJson(r: MessageRow) {
  return {
    id: r.id,
    inboxId: r.inbox_id,
    accountId: r.account_id,
    threadId: r.thread_id,
    direction: r.direction,
    fromAddress: r.from_address,
    toAddresses: JSON.parse(r.to_addresses) as string[],
    ccAddresses: JSON.parse(r.cc_addresses) as string[],
    bccAddresses: JSON.parse(r.bcc_addresses) as string[],
    subject: r.subject,
    bodyText: r.body_text,
    bodyHtml: r.body_html,
    attachments: JSON.parse(r.attachments) as unknown[],
    status: r.status,
    delivery: r.delivery,
    sesMessageId: r.ses_message_id,
    errorMessage: r.error_message,
    retryCount: r.retry_count,
    messageIdHeader: r.message_id_header,
    inReplyTo: r.in_reply_to,
    referencesHeaders: JSON.parse(r.references_headers) as string[],
    rawHeaders: r.raw_headers ? (JSON.parse(r.raw_headers) as Record<string, unknown>) : null,
    sentAt: r.sent_at,
    createdAt: r.created_at,
  };
}

export function threadJson(r: ThreadRow) {
  return {
    id: r.id,
    inboxId: r.inbox_id,
    accountId: r.account_id,
    subject: r.subject,
    lastMessageAt: r.last_message_at,
    messageCount: r.message_count,
    createdAt: r.created_at,
  };
}

export function webhookJson(r: WebhookRow, opts: { withAccount: boolean; withSecret: boolean }) {
  return {
    id: r.id,
    ...(opts.withAccount ? { accountId: r.account_id } : {}),
    url: r.url,
    events: JSON.parse(r.events) as string[],
    description: r.description,
    isActive: r.is_active === 1,
    ...(opts.withSecret ? { secret: r.secret } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function domainRecords(r: DomainRow) {
  const dkim = JSON.parse(r.dkim_tokens) as string[];
  const sending = [
    { type: 'TXT', name: `_amazonses.${r.domain}`, value: r.verification_token ?? '' },
    ...dkim.map((t) => ({ type: 'CNAME', name: `${t}._domainkey.${r.domain}`, value: `${t}.dkim.amazonses.com` })),
  ];
  const receiving = [{ type: 'MX', name: r.domain, value: 'mx.agentsend.io', priority: 10 }];
  return { dnsRecords: [...sending, ...receiving], sendingDnsRecords: sending, receivingDnsRecords: receiving };
}

export function domainJson(r: DomainRow, withRecords: boolean) {
  return {
    id: r.id,
    accountId: r.account_id,
    domain: r.domain,
    // verificationStatus is the docs' alias of sendingStatus; pending_dkim reads as pending there.
    verificationStatus: r.sending_status === 'pending_dkim' ? 'pending' : r.sending_status,
    sendingStatus: r.sending_status,
    receivingStatus: r.receiving_status,
    dkimTokens: JSON.parse(r.dkim_tokens) as string[],
    verificationToken: r.verification_token,
    verifiedAt: r.verified_at,
    sendingVerifiedAt: r.sending_verified_at,
    receivingVerifiedAt: r.receiving_verified_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(withRecords ? domainRecords(r) : {}),
  };
}

export function attachmentJson(r: Omit<AttachmentRow, 'data'>, url?: string) {
  return {
    id: r.id,
    accountId: r.account_id,
    key: r.key,
    filename: r.filename,
    contentType: r.content_type,
    size: r.size,
    createdAt: r.created_at,
    ...(url ? { url } : {}),
  };
}

/** `name` is a plain string in the contract; accounts made here always have one. */
export function sessionAccountJson(a: AccountRow) {
  return { id: a.id, name: a.name ?? '', email: a.email, plan: a.plan };
}

export function accountJson(a: AccountRow) {
  return {
    id: a.id,
    name: a.name ?? '',
    email: a.email,
    plan: a.plan,
    dailySendLimit: a.daily_send_limit,
    isVerified: a.is_verified === 1,
  };
}

/** An API key as the list shows it: the prefix only, never the key. */
export function apiKeyJson(k: ApiKeyRow) {
  return {
    id: k.id,
    keyPrefix: k.key_prefix,
    name: k.name,
    lastUsedAt: k.last_used_at,
    expiresAt: k.expires_at,
    createdAt: k.created_at,
  };
}

/**
 * POST /v1/messages/send up to the 202: resolve the sender, thread, reply headers, routing
 * Reply-To and attachments, enforce the per-inbox daily cap, store the outbound message and queue
 * its delivery (domain/sending.ts) in the same transaction.
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { components } from '../../../generated/commune.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { storeAttachment } from './attachments.js';
import { countInboxDailySend } from './quotas.js';
import { enqueueSend, type SendSpec } from './sending.js';
import { addressesIn, bareAddress } from '../../shared/address.js';
import { newThreadId, normaliseMessageId, routingToken, splitAddress } from './threading.js';
import { orgAttachment } from '../store/attachments.js';
import { domainByName, sharedDomain, usableDomain } from '../store/domains.js';
import { inboxByAddress, inboxOfOrg } from '../store/inboxes.js';
import { insertMessage, latestInThread, type Participant } from '../store/messages.js';
import type { DomainRow, InboxWithDomainRow } from '../tables.js';

export type SendBody = components['schemas']['SendMessageRequest'];
type Ctx = HandlerContext<CommunePrincipal>;

const MAX_RECIPIENTS = 50;
const RECIPIENT_CHECK_MIN_BODY = 20;
/** Headers the composer owns; a caller's value for them is not passed as an extra header. */
const COMPOSER_HEADERS = new Set([
  'message-id',
  'in-reply-to',
  'references',
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'reply-to',
]);

const listOf = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const stripCrLf = (s: string): string => s.replace(/[\r\n]+/g, '');

/** `"Display" <address>` (quotes escaped), or the bare address without a display name. */
function withDisplayName(address: string, displayName: string | null): string {
  return displayName ? `"${displayName.replace(/"/g, '\\"')}" <${address}>` : address;
}

function inboxDisplayName(inbox: InboxWithDomainRow): string | null {
  const agent = inbox.agent ? (JSON.parse(inbox.agent) as { name?: string }) : null;
  return inbox.display_name || agent?.name || null;
}

/** Commune's content check: too many recipients (only for bodies of 20+ characters). */
function checkRecipients(b: SendBody): void {
  const provided = listOf(b.to).length + listOf(b.cc).length + listOf(b.bcc).length;
  const bodyLength = Math.max((b.text ?? '').length, (b.html ?? '').length);
  if (bodyLength >= RECIPIENT_CHECK_MIN_BODY && provided > MAX_RECIPIENTS) {
    throw errors.context(400, 'Too many recipients', { max_recipients: MAX_RECIPIENTS, provided });
  }
}

interface Sender {
  from: string;
  address: string;
  name: string | null;
  inbox: InboxWithDomainRow | null;
  domain: DomainRow | null;
}

/**
 * Refuses a `from` another organisation owns: an address on another organisation's domain, or an
 * address on the shared domain that is not one of the caller's inboxes (another organisation's inbox,
 * or one it may create later). `agent@<shared>` is every organisation's default sender; addresses
 * on domains the emulator does not know are nobody's here and stay allowed.
 */
function checkSenderOwned(ctx: Ctx, address: string): void {
  const parts = splitAddress(address);
  if (!parts) return;
  const db = ctx.store.db;
  const domain = domainByName(db, parts.domain.toLowerCase());
  if (!domain || domain.org_id === ctx.caller.tenant) return;
  if (domain.org_id === null) {
    if (parts.local.toLowerCase() === 'agent') return;
    if (inboxByAddress(db, parts.local.toLowerCase(), domain.name_lc)?.org_id === ctx.caller.tenant) return;
  }
  throw errors.plain(403, 'Sender address not owned by your organization');
}

function resolveSender(ctx: Ctx, b: SendBody): Sender {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  const inboxId = b.inboxId ?? b.inbox_id;
  const domainId = b.domainId ?? b.domain_id;
  const inbox = inboxId ? (inboxOfOrg(db, tenant, inboxId) ?? null) : null;
  if (inboxId && !inbox) throw errors.plain(404, 'Inbox not found');
  let domain: DomainRow | null = null;
  if (domainId) {
    domain = usableDomain(db, tenant, domainId) ?? null;
    if (!domain) throw errors.plain(404, 'Domain not found');
  }
  if (inbox) domain = usableDomain(db, tenant, inbox.domain_id) ?? domain;
  const displayName = inbox ? inboxDisplayName(inbox) : null;
  let address: string;
  let name: string | null = null;
  if (b.from) {
    address = bareAddress(b.from);
    checkSenderOwned(ctx, address);
    name = inbox && displayName ? displayName : /^\s*"?([^"<]*?)"?\s*</.exec(b.from)?.[1]?.trim() || null;
  } else if (inbox) {
    address = `${inbox.local_part}@${inbox.domain_name}`;
    name = displayName;
  } else {
    // No inbox: `agent@<domain>`, else the emulator's default sender on the shared domain.
    address = `agent@${(domain ?? sharedDomain(db))?.name ?? 'commune.email'}`;
  }
  const from = b.from && !(inbox && displayName) ? b.from : withDisplayName(address, name);
  return { from, address, name, inbox, domain };
}

function resolveAttachments(ctx: Ctx, b: SendBody, messageId: string): string[] {
  const tenant = ctx.caller.tenant;
  const ids: string[] = [];
  for (const a of b.attachments ?? []) {
    if (typeof a === 'string') {
      // Ids that name no upload of the organisation are skipped, as Commune skips unknown ids.
      if (orgAttachment(ctx.store.db, tenant, a)) ids.push(a);
      continue;
    }
    const row = storeAttachment(ctx.store.db, ctx.ids, {
      orgId: tenant,
      filename: a.filename,
      mimeType: a.content_type || 'application/octet-stream',
      data: Buffer.from(a.content, 'base64'),
      nowIso: ctx.now.toISOString(),
      messageId,
    });
    ids.push(row.id);
  }
  return ids;
}

export interface SendOutcome {
  id: string;
  threadId: string;
}

/** Everything from validation to the stored, queued message; runs in one transaction. */
export function acceptSend(ctx: Ctx, b: SendBody): SendOutcome {
  checkRecipients(b);
  const db = ctx.store.db;
  const p = ctx.caller;
  const tenant = p.tenant;
  const first = resolveSender(ctx, b);
  // Counted outside the send's transaction: a refused attempt stays counted, as Commune's INCR does.
  if (first.inbox)
    countInboxDailySend(ctx, { orgId: tenant, tier: p.tier, inboxId: first.inbox.id, nowMs: ctx.now.getTime() });
  return ctx.store.tx(() => {
    const sender = resolveSender(ctx, b);
    const nowIso = ctx.now.toISOString();
    const storedId = ctx.ids.uuid();
    const communeId = `msg_${ctx.ids.uuid().replace(/-/g, '')}`;
    const threadId = b.thread_id || newThreadId(ctx);
    const headers = Object.fromEntries(
      Object.entries(b.headers ?? {}).map(([k, v]) => [stripCrLf(k), stripCrLf(String(v))]),
    );
    const customId = Object.entries(headers).find(([k]) => k.toLowerCase() === 'message-id')?.[1];
    const rfcMessageId = customId
      ? normaliseMessageId(customId)
      : `<${ctx.ids.uuid()}@${sender.address.split('@')[1] ?? 'commune.email'}>`;

    let subject = stripCrLf(b.subject);
    let inReplyTo: string | null = null;
    let references: string[] = [];
    const latest = b.thread_id ? latestInThread(db, tenant, b.thread_id) : undefined;
    if (latest) {
      const meta = JSON.parse(latest.metadata) as {
        custom_message_id?: string;
        message_id?: string;
        references?: string[];
      };
      inReplyTo = meta.custom_message_id ?? meta.message_id ?? latest.rfc_message_id;
      if (inReplyTo) references = [...(meta.references ?? []), inReplyTo];
      if (!subject.startsWith('Re:')) subject = `Re: ${subject}`;
    }

    const explicitReplyTo = b.replyTo ?? b.reply_to;
    let routing: string | null = null;
    let replyTo = explicitReplyTo ?? null;
    if (!explicitReplyTo) {
      routing = routingToken(ctx, threadId);
      const parts = splitAddress(sender.address);
      if (parts) replyTo = `${parts.local}+${routing}@${parts.domain}`;
    }

    const attachmentIds = resolveAttachments(ctx, b, storedId);
    const to = listOf(b.to);
    const participants: Participant[] = [
      { role: 'sender', identity: sender.from },
      ...to.map((identity) => ({ role: 'to' as const, identity })),
    ];
    const extraHeaders = Object.fromEntries(
      Object.entries(headers).filter(([k]) => !COMPOSER_HEADERS.has(k.toLowerCase())),
    );
    const spec: SendSpec = {
      from: { address: sender.address, name: sender.name },
      to: to.flatMap(addressesIn),
      cc: listOf(b.cc).flatMap(addressesIn),
      bcc: listOf(b.bcc).flatMap(addressesIn),
      selfBcc: sender.address,
      replyTo,
      headers: extraHeaders,
      text: b.text ?? null,
      html: b.html ?? null,
      inReplyTo,
      references,
      attachmentIds,
    };
    const row = insertMessage(db, {
      messageId: storedId,
      orgId: tenant,
      threadId,
      direction: 'outbound',
      inboxId: sender.inbox?.id ?? null,
      domainId: sender.domain?.id ?? null,
      sender: sender.address,
      subject,
      participants,
      content: b.text ?? '',
      contentHtml: b.html ?? null,
      attachments: attachmentIds,
      metadata: {
        created_at: nowIso,
        subject,
        message_id: rfcMessageId,
        custom_message_id: rfcMessageId,
        commune_message_id: communeId,
        in_reply_to: inReplyTo,
        references,
        domain_id: sender.domain?.id ?? null,
        inbox_id: sender.inbox?.id ?? null,
        attachment_ids: attachmentIds,
        has_attachments: attachmentIds.length > 0,
        attachment_count: attachmentIds.length,
        routing_token: routing,
      },
      deliveryData: {},
      rfcMessageId,
      communeId,
      sendState: 'queued',
      sendSpec: spec,
      createdAt: nowIso,
    });
    enqueueSend(ctx, tenant, row.seq);
    return { id: communeId, threadId };
  });
}

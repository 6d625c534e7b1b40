/**
 * Shared set-up for the Commune operations tests (delivery, webhooks, DMARC): the seed org and key,
 * extra organisations and keys, inboxes with webhooks, and outbound messages written straight into
 * the store, so these tests do not depend on the send path.
 */
import { startTestServer, client } from '../helpers/server.js';
import type { MailsimServer, StartOptions } from '../../src/server.js';
import type { EngineServices } from '../../src/engine/provider.js';
import { insertApiKey } from '../../src/providers/commune/domain/api-keys.js';
import { createInboxRow, type InboxWebhook } from '../../src/providers/commune/domain/inboxes.js';
import { emitCommuneEvent } from '../../src/providers/commune/domain/events.js';
import { COMMUNE_KEY, SHARED_DOMAIN_ID as SHARED_DOMAIN } from './seed.js';

export {
  COMMUNE_KEY,
  SEED_ORG_ID as SEED_ORG,
  SEED_INBOX_ID as SEED_INBOX,
  SHARED_DOMAIN_ID as SHARED_DOMAIN,
} from './seed.js';

export function startCommune(options: StartOptions = {}): Promise<MailsimServer> {
  return startTestServer({ ports: { commune: 0 }, ...options });
}

export function services(server: MailsimServer): EngineServices {
  return server.engine.provider('commune')!.services;
}

export function api(server: MailsimServer, key: string | null = COMMUNE_KEY) {
  return client(server.url('commune'), key);
}

let orgCounter = 0;

/** A further organisation with one key (default permissions read+write). */
export function makeOrg(
  server: MailsimServer,
  permissions: string[] = ['read', 'write'],
  tier = 'agent_pro',
): { orgId: string; key: string } {
  const s = services(server);
  const orgId = s.ids.hex(16);
  const now = s.clock.now().toISOString();
  s.store.db
    .prepare('INSERT INTO cm_orgs (id, name, slug, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(orgId, `Org ${++orgCounter}`, `org-${orgId.slice(0, 8)}`, tier, now, now);
  const { key } = insertApiKey(s.store.db, s.ids, { orgId, name: 'test', permissions, expiresAt: null, now });
  return { orgId, key };
}

/** Another key of an existing organisation. */
export function makeKey(server: MailsimServer, orgId: string, permissions: string[]): string {
  const s = services(server);
  return insertApiKey(s.store.db, s.ids, {
    orgId,
    name: 'scoped',
    permissions,
    expiresAt: null,
    now: s.clock.now().toISOString(),
  }).key;
}

let inboxCounter = 0;

/** An inbox on the shared domain, optionally with a webhook. */
export function makeInbox(
  server: MailsimServer,
  orgId: string,
  webhook?: InboxWebhook,
): { id: string; address: string; webhook?: InboxWebhook } {
  const row = createInboxRow(services(server), {
    orgId,
    domainId: SHARED_DOMAIN,
    localPart: `ops-${++inboxCounter}-${orgId.slice(0, 6)}`,
    webhook: webhook ?? null,
  });
  return { id: row.id, address: `${row.local_part}@${row.domain_name}`, ...(webhook ? { webhook } : {}) };
}

/** Replaces an inbox's webhook in the store. */
export function setWebhook(server: MailsimServer, inboxId: string, webhook: InboxWebhook | null): void {
  services(server)
    .store.db.prepare('UPDATE cm_inboxes SET webhook = ? WHERE id = ?')
    .run(webhook ? JSON.stringify(webhook) : null, inboxId);
}

/** An inbound-mail payload shaped like the contract's WebhookPayload. */
export function receivedPayload(
  inbox: { id: string; address: string },
  messageId: string,
  subject = 'Hello',
): Record<string, unknown> {
  const at = '2026-03-01T12:00:00.000Z';
  return {
    domainId: SHARED_DOMAIN,
    inboxId: inbox.id,
    inboxAddress: inbox.address,
    event: { type: 'email.received', data: { email_id: messageId } },
    email: {
      id: messageId,
      message_id: messageId,
      from: 'ana@example.com',
      to: [inbox.address],
      subject,
      text: 'Hi there',
      headers: { subject },
      created_at: at,
    },
    message: {
      channel: 'email',
      message_id: messageId,
      thread_id: `<${messageId}@example.com>`,
      direction: 'inbound',
      participants: [
        { role: 'sender', identity: 'ana@example.com' },
        { role: 'to', identity: inbox.address },
      ],
      content: 'Hi there',
      content_html: null,
      attachments: [],
      created_at: at,
      metadata: {
        created_at: at,
        subject,
        in_reply_to: null,
        references: [],
        domain_id: SHARED_DOMAIN,
        inbox_id: inbox.id,
        delivery_status: 'sent',
      },
    },
    attachments: [],
    security: {
      spam: { checked: true, score: 0, action: 'accept', flagged: false },
      prompt_injection: { checked: true, detected: false, risk_level: 'none' },
    },
  };
}

/** Emits `email.received` for an inbox the way the mail plane does (inside one transaction); returns the delivery id. */
export function emitReceived(
  server: MailsimServer,
  orgId: string,
  inbox: { id: string; address: string; webhook?: InboxWebhook },
  messageId: string,
): string | null {
  const s = services(server);
  const hook = inbox.webhook?.endpoint
    ? { endpoint: inbox.webhook.endpoint, ...(inbox.webhook.secret ? { secret: inbox.webhook.secret } : {}) }
    : null;
  return s.store.tx(() =>
    emitCommuneEvent(s, orgId, { id: inbox.id, webhook: hook }, 'email.received', receivedPayload(inbox, messageId)),
  );
}

let messageCounter = 0;

/** An outbound message as the send path stores it (delivery_status "sent"); returns its ids. */
export function insertOutbound(
  server: MailsimServer,
  o: {
    orgId: string;
    inboxId: string | null;
    domainId?: string | null;
    to: string[];
    subject?: string;
    createdAt?: string;
  },
): { messageId: string; communeId: string } {
  const s = services(server);
  const messageId = s.ids.uuid();
  const communeId = `msg_${s.ids.hex(16)}`;
  const subject = o.subject ?? `Outbound ${++messageCounter}`;
  const createdAt = o.createdAt ?? s.clock.now().toISOString();
  const participants = [
    { role: 'sender', identity: 'sender@commune.email' },
    ...o.to.map((identity) => ({ role: 'to', identity })),
  ];
  s.store.db
    .prepare(`INSERT INTO cm_messages (message_id, org_id, thread_id, direction, inbox_id, domain_id, sender, subject, participants, metadata, delivery_status, commune_id, created_at)
    VALUES (?, ?, ?, 'outbound', ?, ?, 'sender@commune.email', ?, ?, '{}', 'sent', ?, ?)`)
    .run(
      messageId,
      o.orgId,
      `thread_${s.ids.uuid()}`,
      o.inboxId,
      o.domainId === undefined ? SHARED_DOMAIN : o.domainId,
      subject,
      JSON.stringify(participants),
      communeId,
      createdAt,
    );
  return { messageId, communeId };
}

/**
 * Shared set-up for the messaging tests (messages, threads, attachments): inboxes, a second
 * account, mail planes that record or fail, and a loopback plane that feeds sent mail back in
 * through AgentSend's own mailbox resolver.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type {
  DeliveryResult,
  InboundMail,
  MailboxResolver,
  MailPlane,
  OutboundMail,
} from '../../src/engine/mail/types.js';
import type { WebhookDelivery } from '../../src/engine/webhooks.js';
import { insertApiKey } from '../../src/providers/agentsend/domain/credentials.js';
import { buildMailboxResolver } from '../../src/providers/agentsend/domain/inbound.js';
import { client, eventually } from '../helpers/server.js';

export type Api = ReturnType<typeof client>;

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export async function newInbox(
  api: Api,
  body: Record<string, unknown> = {},
): Promise<{ id: string; address: string; accountId: string }> {
  const res = await api('POST', '/inboxes', body);
  expect(res.status).toBe(201);
  return res.body;
}

export async function send(api: Api, inboxId: string, body: Record<string, unknown>) {
  return api('POST', `/inboxes/${inboxId}/messages`, {
    to: ['someone@example.com'],
    subject: 'Hello',
    bodyText: 'Hi there',
    ...body,
  });
}

export async function waitForStatus(api: Api, messageId: string, status: string) {
  return eventually(async () => {
    const res = await api('GET', `/messages/${messageId}`);
    return res.body?.status === status ? res.body : null;
  });
}

/**
 * A second account with its own API key. auto-provision is the public way; while that operation is
 * still unimplemented (501) the account is written straight into the database instead.
 */
export async function secondAccount(server: MailsimServer): Promise<{ key: string; accountId: string; api: Api }> {
  const deviceId = randomUUID();
  const res = await client(server.url(), null)('POST', '/auth/auto-provision', { deviceId });
  if (res.status === 200 || res.status === 201) {
    return { key: res.body.apiKey, accountId: res.body.account.id, api: client(server.url(), res.body.apiKey) };
  }
  expect(res.status).toBe(501);
  const db = server.engine.store.db;
  const accountId = randomUUID();
  const now = server.engine.clock.now().toISOString();
  db.prepare('INSERT INTO as_accounts (id, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    accountId,
    'Other',
    `other-${deviceId}@example.com`,
    now,
    now,
  );
  const { key } = insertApiKey(db, server.engine.ids, accountId, 'other', now);
  return { key, accountId, api: client(server.url(), key) };
}

export function setInboxStatus(server: MailsimServer, inboxId: string, status: string): void {
  server.engine.store.db.prepare('UPDATE as_inboxes SET status = ? WHERE id = ?').run(status, inboxId);
}

/** Records every outbound mail and answers like an SMTP server that queued it. */
export class RecordingMailPlane implements MailPlane {
  readonly sent: OutboundMail[] = [];
  async send(mail: OutboundMail): Promise<DeliveryResult> {
    this.sent.push(mail);
    return { ok: true, response: `250 2.0.0 Ok: queued as REC${this.sent.length}` };
  }
  registerMailboxes(): void {}
}

/** Fails every attempt, so retries and the final failure can be observed. */
export class FailingMailPlane implements MailPlane {
  attempts = 0;
  constructor(
    private readonly error = '451 4.3.0 Temporary local problem',
    private readonly permanent = false,
  ) {}
  async send(): Promise<DeliveryResult> {
    this.attempts++;
    return { ok: false, error: this.error, permanent: this.permanent };
  }
  registerMailboxes(): void {}
}

/** What a parser would make of `mail` as received by `recipient`. */
export function asInbound(mail: OutboundMail, recipient: string, sinkId: string): InboundMail {
  return {
    sinkId,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo ?? null,
    references: mail.references ?? [],
    from: mail.from,
    to: mail.to.map((address) => ({ address })),
    cc: mail.cc.map((address) => ({ address })),
    subject: mail.subject,
    text: mail.text ?? null,
    html: mail.html ?? null,
    date: mail.date,
    headers: {
      'message-id': mail.messageId,
      subject: mail.subject,
      from: mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address,
      to: mail.to.join(', '),
    },
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.content.length,
      content: a.content,
    })),
    recipient,
  };
}

/** Delivers each sent mail to the recipients AgentSend's resolver claims, in process. */
export class LoopbackMailPlane implements MailPlane {
  readonly sent: OutboundMail[] = [];
  constructor(private readonly resolver: MailboxResolver) {}
  async send(mail: OutboundMail): Promise<DeliveryResult> {
    this.sent.push(mail);
    for (const rcpt of [...mail.to, ...mail.cc, ...mail.bcc])
      this.resolver(rcpt)?.(asInbound(mail, rcpt, `sink-${this.sent.length}`));
    return { ok: true, response: `250 accepted ${mail.messageId}` };
  }
  registerMailboxes(): void {}
}

export function agentsendResolver(server: MailsimServer): MailboxResolver {
  return buildMailboxResolver(server.engine.provider('agentsend')!.services);
}

/** Captures webhook deliveries instead of sending them. */
export function recordWebhooks(server: MailsimServer): WebhookDelivery[] {
  const deliveries: WebhookDelivery[] = [];
  server.engine.webhooks = { enqueue: (d) => void deliveries.push(d) };
  return deliveries;
}

/** A subscription to every event, written directly (the webhooks API is another test file's subject). */
export function subscribeAll(server: MailsimServer, accountId: string): string {
  const id = randomUUID();
  const now = server.engine.clock.now().toISOString();
  server.engine.store.db
    .prepare(`INSERT INTO as_webhooks (id, account_id, url, events, description, secret, is_active, created_at, updated_at, seq)
    VALUES (?, ?, ?, ?, NULL, ?, 1, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM as_webhooks))`)
    .run(
      id,
      accountId,
      'http://127.0.0.1:9/hook',
      JSON.stringify(['message.received', 'message.sent']),
      `whsec_${'ab'.repeat(24)}`,
      now,
      now,
    );
  return id;
}

export function expectNoContractViolations(server: MailsimServer): void {
  const broken = server.engine.journal.list({ violations: true });
  expect(broken.map((e) => `${e.method} ${e.path} ${e.status}: ${JSON.stringify(e.violations)}`)).toEqual([]);
}

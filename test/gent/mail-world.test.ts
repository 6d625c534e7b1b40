/**
 * One mail world: a Gent inbox, an AgentSend inbox and a Commune inbox on the same mailsim email each
 * other over the SMTP mail plane and reply in thread, both ways; and mail from any SMTP client to a
 * Gent address arrives as inbound.
 */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import {
  client,
  DEV_KEY,
  eventually,
  SEED_INBOX_ADDRESS as AS_ADDRESS,
  SEED_INBOX_ID as AS_INBOX,
  startTestServer,
} from '../helpers/server.js';
import { COMMUNE_KEY, SEED_INBOX_ADDRESS as CM_ADDRESS, SEED_INBOX_ID as CM_INBOX } from '../commune/seed.js';
import { GENT_DEV_ADDRESS, GENT_DEV_INBOX_ID } from './helpers.js';

type Api = ReturnType<typeof client>;

let server: MailsimServer;
let gent: Api;
let agentsend: Api;
let commune: Api;

beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0 },
    smtp: true,
    smtpPort: 0,
    rateLimits: false,
  });
  gent = client(server.url('gent'), GENT_DEV_TOKEN);
  agentsend = client(server.url('agentsend'), DEV_KEY);
  commune = client(server.url('commune'), COMMUNE_KEY);
});
afterAll(async () => {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
  await server.close();
});

/** Sends from the Gent inbox and waits until the message left (its delivery job ran). */
async function gentSend(body: Record<string, unknown>): Promise<any> {
  const res = await gent('POST', '/v1/messages/', body);
  expect(res.status).toBe(201);
  await server.engine.jobs.drain();
  const message = (await gent('GET', `/v1/messages/${res.body.message_id}/`)).body;
  expect(message.status).toBe('sent');
  return message;
}
const gentInbound = (subject: string) =>
  eventually(async () =>
    ((await gent('GET', '/v1/messages/?direction=inbound&limit=200')).body.results as any[]).find(
      (m) => m.subject === subject,
    ),
  );
const agentsendInbound = (subject: string) =>
  eventually(async () =>
    ((await agentsend('GET', `/inboxes/${AS_INBOX}/messages`)).body.data as any[]).find(
      (m) => m.direction === 'inbound' && m.subject === subject,
    ),
  );
const communeInbound = (subject: string) =>
  eventually(async () =>
    ((await commune('GET', `/v1/messages?inbox_id=${CM_INBOX}&limit=100`)).body.data as any[]).find(
      (m) => m.direction === 'inbound' && m.metadata.subject === subject,
    ),
  );

describe('Gent ↔ AgentSend', () => {
  it("Gent writes, AgentSend replies in Gent's thread, Gent answers (reply_to_message_id) in AgentSend's", async () => {
    const first = await gentSend({
      to: [{ email: AS_ADDRESS }],
      subject: 'Invoice routing',
      text_body: 'Where should invoices go?',
    });
    const atAgentSend = await agentsendInbound('Invoice routing');
    expect(atAgentSend.fromAddress).toContain(GENT_DEV_ADDRESS);

    const reply = await agentsend('POST', `/inboxes/${AS_INBOX}/messages`, {
      to: [GENT_DEV_ADDRESS],
      subject: 'Re: Invoice routing',
      bodyText: 'Send them to AP.',
      threadId: atAgentSend.threadId,
    });
    expect(reply.status).toBe(202);
    const atGent = await gentInbound('Re: Invoice routing');
    expect(atGent).toMatchObject({
      thread_id: first.thread_id,
      from: { email: AS_ADDRESS },
      in_reply_to: atAgentSend.messageIdHeader,
    });

    await gentSend({ reply_to_message_id: atGent.message_id, text_body: 'Thanks, will do.' });
    const back = await eventually(async () =>
      ((await agentsend('GET', `/threads/${atAgentSend.threadId}/messages`)).body.data as any[]).find(
        (m) => m.direction === 'inbound' && m.bodyText?.includes('Thanks, will do.'),
      ),
    );
    expect(back.subject).toBe('Re: Invoice routing');
    expect(back.referencesHeaders).toEqual(expect.arrayContaining([atAgentSend.messageIdHeader]));

    const thread = await gent('GET', `/v1/messages/threads/${first.thread_id}/`);
    expect(thread.body.message_count).toBe(3);
    expect(thread.body.participants).toEqual(expect.arrayContaining([GENT_DEV_ADDRESS, AS_ADDRESS]));
  });

  it("AgentSend writes first; Gent's reply lands in AgentSend's thread", async () => {
    const sent = await agentsend('POST', `/inboxes/${AS_INBOX}/messages`, {
      to: [GENT_DEV_ADDRESS],
      subject: 'Quote request',
      bodyText: 'Can you quote 40 units?',
    });
    expect(sent.status).toBe(202);
    const atGent = await gentInbound('Quote request');
    await gentSend({ reply_to_message_id: atGent.message_id, text_body: 'Yes: 40 units at 12 each.' });
    const atAgentSend = await agentsendInbound('Re: Quote request');
    expect(atAgentSend.threadId).toBe(sent.body.threadId);
  });
});

describe('Gent ↔ Commune', () => {
  it("Commune writes; Gent replies to its Reply-To routing address and the reply joins Commune's thread", async () => {
    const sent = await commune('POST', '/v1/messages/send', {
      to: GENT_DEV_ADDRESS,
      subject: 'Partnership',
      text: 'Shall we talk?',
      inbox_id: CM_INBOX,
    });
    expect(sent.status).toBe(202);
    const atGent = await gentInbound('Partnership');
    expect(atGent.from.email).toBe(CM_ADDRESS);
    expect(atGent.reply_to[0].email).toMatch(/^dev\+.+@commune\.email$/);
    const reply = await gentSend({ reply_to_message_id: atGent.message_id, text_body: 'Happy to.' });
    expect(reply.to).toEqual(atGent.reply_to);
    const atCommune = await communeInbound('Re: Partnership');
    expect(atCommune.thread_id).toBe(sent.body.data.thread_id);
  });

  it("Gent writes; Commune's reply in its thread lands in Gent's thread", async () => {
    const first = await gentSend({
      to: [{ email: CM_ADDRESS }],
      subject: 'Weekly report',
      text_body: 'Report attached soon.',
    });
    const atCommune = await communeInbound('Weekly report');
    const answer = await commune('POST', '/v1/messages/send', {
      to: GENT_DEV_ADDRESS,
      subject: 'Weekly report',
      text: 'Got it.',
      thread_id: atCommune.thread_id,
      inbox_id: CM_INBOX,
    });
    expect(answer.status).toBe(202);
    const back = await gentInbound('Re: Weekly report');
    expect(back.thread_id).toBe(first.thread_id);
  });
});

describe('SMTP to a Gent address', () => {
  it('arrives as inbound mail with its attachment, in the activity timeline, and counted in usage', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.smtp!.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await transport.sendMail({
        from: 'Supplier <supplier@example.org>',
        to: GENT_DEV_ADDRESS,
        subject: 'Price list',
        text: 'Prices attached.',
        attachments: [{ filename: 'prices.csv', content: 'item,price\nbolt,0.10\n', contentType: 'text/csv' }],
      });
    } finally {
      transport.close();
    }
    const m = await gentInbound('Price list');
    expect(m).toMatchObject({
      inbox_id: GENT_DEV_INBOX_ID,
      direction: 'inbound',
      status: 'received',
      from: { email: 'supplier@example.org', name: 'Supplier' },
      is_read: false,
    });
    expect(m.attachments).toEqual([
      { blob_id: expect.stringMatching(/^blb_/), filename: 'prices.csv', content_type: 'text/csv', size: 21 },
    ]);
    const activity = await gent('GET', '/v1/activity/?address=supplier@example.org');
    expect(activity.body.events[0]).toMatchObject({
      type: 'message.received',
      resource_id: m.message_id,
      metadata: { has_attachments: true, thread_id: m.thread_id },
    });
    const usage = await gent('GET', '/v1/billing/usage/');
    expect(usage.body.usage.messages_received).toBeGreaterThanOrEqual(2);
  });
});

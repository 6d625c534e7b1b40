/**
 * One mail world: a Commune inbox and an AgentSend inbox on the same mailsim email each other over
 * the SMTP mail plane and reply in thread, both ways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import {
  client,
  DEV_KEY,
  eventually,
  SEED_INBOX_ADDRESS as AS_ADDRESS,
  SEED_INBOX_ID as AS_INBOX,
  startTestServer,
} from '../helpers/server.js';
import {
  COMMUNE_KEY,
  expectNoViolations,
  SEED_INBOX_ADDRESS as CM_ADDRESS,
  SEED_INBOX_ID as CM_INBOX,
} from './mail-helpers.js';

type Api = ReturnType<typeof client>;

describe('Commune ↔ AgentSend in one mail world', () => {
  let server: MailsimServer;
  let commune: Api;
  let agentsend: Api;

  beforeAll(async () => {
    server = await startTestServer({ ports: { agentsend: 0, commune: 0 }, smtp: true, smtpPort: 0, rateLimits: false });
    commune = client(server.url('commune'), COMMUNE_KEY);
    agentsend = client(server.url('agentsend'), DEV_KEY);
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  const communeThread = async (threadId: string): Promise<any[]> =>
    (await commune('GET', `/v1/threads/${encodeURIComponent(threadId)}/messages`)).body.data;
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
  async function agentsendSend(body: Record<string, unknown>): Promise<any> {
    const res = await agentsend('POST', `/inboxes/${AS_INBOX}/messages`, body);
    expect(res.status).toBe(202);
    return eventually(async () => {
      const m = (await agentsend('GET', `/messages/${res.body.id}`)).body;
      return m.status === 'sent' ? m : null;
    });
  }

  it("Commune → AgentSend, the AgentSend reply lands in the Commune thread, and the answer back in AgentSend's", async () => {
    const sent = await commune('POST', '/v1/messages/send', {
      to: AS_ADDRESS,
      subject: 'Quarterly numbers',
      text: 'Numbers attached soon.',
      inbox_id: CM_INBOX,
    });
    expect(sent.status).toBe(202);
    const thread = sent.body.data.thread_id;
    const outbound = await eventually(async () =>
      (await communeThread(thread)).find((m) => m.metadata.delivery_data?.sent_at),
    );

    const atAgentSend = await agentsendInbound('Quarterly numbers');
    expect(atAgentSend).toMatchObject({ fromAddress: CM_ADDRESS, messageIdHeader: outbound.metadata.message_id });

    // The AgentSend agent replies to the Reply-To routing address, in its own thread.
    const routing = `dev+${outbound.metadata.routing_token}@commune.email`;
    const reply = await agentsendSend({
      to: [routing],
      subject: 'Re: Quarterly numbers',
      bodyText: 'Thanks, waiting for them.',
      threadId: atAgentSend.threadId,
    });
    expect(reply.inReplyTo).toBe(outbound.metadata.message_id);
    const atCommune = await communeInbound('Re: Quarterly numbers');
    expect(atCommune).toMatchObject({
      thread_id: thread,
      metadata: { in_reply_to: outbound.metadata.message_id, message_id: reply.messageIdHeader },
    });
    expect(atCommune.participants[0]).toEqual({ role: 'sender', identity: AS_ADDRESS });

    // Commune answers in its thread: Re: once, headers chain, and it lands in AgentSend's thread.
    const answer = await commune('POST', '/v1/messages/send', {
      to: AS_ADDRESS,
      subject: 'Quarterly numbers',
      text: 'Here they are.',
      thread_id: thread,
      inbox_id: CM_INBOX,
    });
    expect(answer.body.data.thread_id).toBe(thread);
    const backAtAgentSend = await eventually(async () => {
      const msgs = (await agentsend('GET', `/threads/${atAgentSend.threadId}/messages`)).body.data as any[];
      return msgs.find((m) => m.direction === 'inbound' && m.bodyText?.includes('Here they are.'));
    });
    expect(backAtAgentSend.subject).toBe('Re: Quarterly numbers');
    expect(backAtAgentSend.inReplyTo).toBe(reply.messageIdHeader);
    expect(backAtAgentSend.referencesHeaders).toEqual(
      expect.arrayContaining([outbound.metadata.message_id, reply.messageIdHeader]),
    );

    expect((await communeThread(thread)).map((m) => m.direction)).toEqual(['outbound', 'inbound', 'outbound']);
    const summary = (await commune('GET', `/v1/threads?inbox_id=${CM_INBOX}`)).body.data.find(
      (t: any) => t.thread_id === thread,
    );
    expect(summary).toMatchObject({ message_count: 3, last_direction: 'outbound', snippet: 'Numbers attached soon.' });
  });

  it("AgentSend → Commune starts a Commune thread; the Commune reply lands in AgentSend's thread", async () => {
    const first = await agentsendSend({
      to: [CM_ADDRESS],
      subject: 'Meeting next week',
      bodyText: 'Are you free on Tuesday?',
    });
    const atCommune = await communeInbound('Meeting next week');
    expect(atCommune.thread_id).toBe(atCommune.message_id);
    expect(atCommune.metadata.message_id).toBe(first.messageIdHeader);

    const reply = await commune('POST', '/v1/messages/send', {
      to: AS_ADDRESS,
      subject: 'Meeting next week',
      text: 'Tuesday works.',
      thread_id: atCommune.thread_id,
      inbox_id: CM_INBOX,
    });
    expect(reply.status).toBe(202);
    const atAgentSend = await agentsendInbound('Re: Meeting next week');
    expect(atAgentSend.threadId).toBe(first.threadId);
    expect(atAgentSend.inReplyTo).toBe(first.messageIdHeader);

    // AgentSend follows up in its thread; Commune keeps it in the same thread.
    await agentsendSend({
      to: [CM_ADDRESS],
      subject: 'Re: Meeting next week',
      bodyText: 'Great, see you then.',
      threadId: first.threadId,
    });
    await eventually(async () => (await communeThread(atCommune.thread_id)).length === 3);
    expect((await communeThread(atCommune.thread_id)).map((m) => m.direction)).toEqual([
      'inbound',
      'outbound',
      'inbound',
    ]);
  });
});

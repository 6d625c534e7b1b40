/**
 * The sink tells where each copy of a message landed, in each provider's own ids: one SMTP message to
 * an AgentSend, a Commune and a Gent inbox is one sink row whose deliveries name the inbox, message
 * and thread that each provider's API then shows.
 */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import { COMMUNE_KEY, SEED_INBOX_ADDRESS as CM_ADDRESS, SEED_INBOX_ID as CM_INBOX } from '../commune/seed.js';
import { GENT_DEV_ADDRESS, GENT_DEV_INBOX_ID } from '../gent/helpers.js';
import {
  client,
  DEV_KEY,
  eventually,
  SEED_INBOX_ADDRESS as AS_ADDRESS,
  SEED_INBOX_ID as AS_INBOX,
  startTestServer,
} from '../helpers/server.js';

let server: MailsimServer;

beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0 },
    smtp: true,
    smtpPort: 0,
    rateLimits: false,
  });
});
afterAll(async () => {
  await server.close();
});

describe('GET /_mailsim/mail/:id deliveries', () => {
  it("name each provider's inbox, message and thread for the copy it holds", async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtp!.port, ignoreTLS: true });
    try {
      await transport.sendMail({
        from: 'sender@example.org',
        to: [AS_ADDRESS, CM_ADDRESS, GENT_DEV_ADDRESS],
        subject: 'Landing everywhere',
        text: 'One message, three inboxes.',
      });
    } finally {
      transport.close();
    }
    const ctl = client(server.url('agentsend'), null);
    const listed = await eventually(async () => {
      const page = await ctl('GET', '/_mailsim/mail?q=Landing%20everywhere');
      return page.body.data[0];
    });
    const detail = (await ctl('GET', `/_mailsim/mail/${listed.id}`)).body;
    const by = (provider: string) => detail.deliveries.find((d: any) => d.provider === provider);

    const as = by('agentsend');
    expect(as).toMatchObject({ address: AS_ADDRESS, inboxId: AS_INBOX });
    const asMessage = await client(server.url('agentsend'), DEV_KEY)('GET', `/messages/${as.messageId}`);
    expect(asMessage.body).toMatchObject({ id: as.messageId, threadId: as.threadId, subject: 'Landing everywhere' });

    const gent = by('gent');
    expect(gent).toMatchObject({ address: GENT_DEV_ADDRESS, inboxId: GENT_DEV_INBOX_ID });
    const gentMessage = await client(server.url('gent'), GENT_DEV_TOKEN)('GET', `/v1/messages/${gent.messageId}/`);
    expect(gentMessage.body).toMatchObject({ message_id: gent.messageId, thread_id: gent.threadId });

    const cm = by('commune');
    expect(cm).toMatchObject({ address: CM_ADDRESS, inboxId: CM_INBOX });
    const communeApi = client(server.url('commune'), COMMUNE_KEY);
    const held = await eventually(async () => {
      const page = await communeApi('GET', `/v1/messages?inbox_id=${CM_INBOX}&limit=100`);
      return (page.body.data as any[]).find((m) => m.message_id === cm.messageId);
    });
    expect(held.thread_id).toBe(cm.threadId);
  });
});

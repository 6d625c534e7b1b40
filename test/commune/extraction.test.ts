/**
 * Structured extraction: inbound mail to an inbox with an enabled schema gets
 * metadata.extracted_data valid against it, from the deterministic local extractor (no LLM) or a
 * user function (programmatic option or module path), and the webhook carries it as extractedData.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import {
  componentValidator,
  eventually,
  expectNoViolations,
  SEED_INBOX_ADDRESS,
  SEED_INBOX_ID,
  SHARED_DOMAIN_ID,
  smtpSend,
  startCommune,
  type Call,
} from './mail-helpers.js';

const TICKET = {
  type: 'object',
  properties: {
    order_id: { type: 'string' },
    issue_type: { type: 'string', enum: ['shipping', 'billing', 'product', 'refund', 'other'] },
    urgency: { type: 'string', enum: ['low', 'medium', 'high', 'critical'] },
    customer_name: { type: 'string' },
    wants_refund: { type: 'boolean' },
  },
};
const SCHEMA_PATH = `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${SEED_INBOX_ID}/extraction-schema`;

const AjvClass = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const validAgainst = (schema: object, value: unknown): boolean =>
  new AjvClass({ strict: false }).validate(schema, value) as boolean;

async function latestInbound(api: Call, subject: string): Promise<any> {
  return eventually(async () =>
    ((await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&limit=100`)).body.data as any[]).find(
      (m) => m.direction === 'inbound' && m.metadata.subject === subject,
    ),
  );
}

describe('Commune structured extraction (local extractor)', () => {
  let server: MailsimServer;
  let api: Call;
  let receiver: Server;
  const hooks: { headers: Record<string, unknown>; body: any }[] = [];

  beforeAll(async () => {
    ({ server, api } = await startCommune({ smtp: true, smtpPort: 0 }));
    receiver = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => {
        data += c;
      });
      req.on('end', () => {
        hooks.push({ headers: req.headers, body: JSON.parse(data) });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const port = (receiver.address() as { port: number }).port;
    await api('PUT', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${SEED_INBOX_ID}`, {
      webhook: { endpoint: `http://127.0.0.1:${port}/hook`, events: ['inbound'], secret: 'whsec' },
    });
    expect((await api('PUT', SCHEMA_PATH, { name: 'support_ticket', schema: TICKET })).status).toBe(200);
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
    await new Promise((r) => receiver.close(r));
  });

  it("fills the skill doc's ticket schema from the email and its headers", async () => {
    await smtpSend(server, {
      from: 'Jane Doe <jane@customer.com>',
      to: SEED_INBOX_ADDRESS,
      subject: 'Where is my order?',
      text: 'Hello,\nmy order #A-1234 has not arrived and the tracking page shows nothing. This is urgent.\nI want a refund if it is lost.\nJane',
    });
    const m = await latestInbound(api, 'Where is my order?');
    expect(m.metadata.extracted_data).toEqual({
      order_id: 'A-1234',
      issue_type: 'refund',
      urgency: 'high',
      customer_name: 'Jane Doe',
      wants_refund: true,
    });
    expect(validAgainst(TICKET, m.metadata.extracted_data)).toBe(true);
  });

  it('reads "Label: value" lines and negations', async () => {
    await smtpSend(server, {
      from: 'ops@customer.com',
      to: SEED_INBOX_ADDRESS,
      subject: 'Billing question',
      text: 'Order ID: ZX-99871\nIssue type: billing\nWe were charged twice. We do not want a refund, just a corrected invoice. No rush.',
    });
    const m = await latestInbound(api, 'Billing question');
    expect(m.metadata.extracted_data).toEqual({
      order_id: 'ZX-99871',
      issue_type: 'billing',
      urgency: 'low',
      wants_refund: false,
    });
  });

  it('is deterministic: the same email gives the same object', async () => {
    const mail = {
      from: 'Sam <sam@x.io>',
      to: SEED_INBOX_ADDRESS,
      text: 'Order #B-42, product broke. Critical outage!',
    };
    await smtpSend(server, { ...mail, subject: 'Same 1' });
    await smtpSend(server, { ...mail, subject: 'Same 2' });
    const a = await latestInbound(api, 'Same 1');
    const b = await latestInbound(api, 'Same 2');
    expect(a.metadata.extracted_data).toEqual(b.metadata.extracted_data);
    expect(a.metadata.extracted_data).toMatchObject({
      order_id: 'B-42',
      issue_type: 'product',
      urgency: 'critical',
      customer_name: 'Sam',
    });
  });

  it('fills required properties with valid values even when the email says nothing', async () => {
    const schema = {
      type: 'object',
      required: ['summary', 'amount', 'tags', 'contact_email', 'due_date'],
      properties: {
        summary: { type: 'string' },
        amount: { type: 'number' },
        tags: { type: 'array', items: { type: 'string' } },
        contact_email: { type: 'string', format: 'email' },
        due_date: { type: 'string', format: 'date' },
        nested: { type: 'object', properties: { flag: { type: 'boolean' } } },
      },
    };
    await api('PUT', SCHEMA_PATH, { name: 'generic', schema });
    await smtpSend(server, {
      from: 'Lee <lee@x.io>',
      to: SEED_INBOX_ADDRESS,
      subject: 'Quote',
      text: 'Please pay the amount: 1,250.50 by 2026-03-01. Thanks a lot.',
    });
    const m = await latestInbound(api, 'Quote');
    expect(m.metadata.extracted_data).toMatchObject({
      summary: 'Please pay the amount: 1,250.50 by 2026-03-01.',
      amount: 1250.5,
      tags: [],
      contact_email: 'lee@x.io',
      due_date: '2026-03-01',
      nested: { flag: false },
    });
    expect(validAgainst(schema, m.metadata.extracted_data)).toBe(true);
    await api('PUT', SCHEMA_PATH, { name: 'support_ticket', schema: TICKET });
  });

  it('sends extractedData in the webhook payload, which matches the contract', async () => {
    const hook = await eventually(() => hooks.find((h) => h.body.email.subject === 'Where is my order?'));
    expect(hook.body.extractedData).toEqual({
      order_id: 'A-1234',
      issue_type: 'refund',
      urgency: 'high',
      customer_name: 'Jane Doe',
      wants_refund: true,
    });
    expect(hook.body.message.metadata.extracted_data).toEqual(hook.body.extractedData);
    expect(hook.body).toMatchObject({
      inboxId: SEED_INBOX_ID,
      inboxAddress: SEED_INBOX_ADDRESS,
      event: { type: 'email.received' },
      email: { from: 'jane@customer.com' },
    });
    const valid = componentValidator(server, 'WebhookPayload');
    expect(valid(hook.body), JSON.stringify(valid.errors)).toBe(true);
    expect(hook.headers['x-commune-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
  });

  it('leaves extracted_data out when the schema is disabled or removed', async () => {
    await api('PUT', SCHEMA_PATH, { name: 'support_ticket', schema: TICKET, enabled: false });
    await smtpSend(server, { from: 'a@x.io', to: SEED_INBOX_ADDRESS, subject: 'Disabled', text: 'order #C-1' });
    expect((await latestInbound(api, 'Disabled')).metadata).not.toHaveProperty('extracted_data');
    await api('DELETE', SCHEMA_PATH);
    await smtpSend(server, { from: 'a@x.io', to: SEED_INBOX_ADDRESS, subject: 'Removed', text: 'order #C-2' });
    expect((await latestInbound(api, 'Removed')).metadata).not.toHaveProperty('extracted_data');
    const hook = await eventually(() => hooks.find((h) => h.body.email.subject === 'Removed'));
    expect(hook.body).not.toHaveProperty('extractedData');
  });
});

describe('Commune structured extraction (user extractor)', () => {
  it('uses a function given programmatically, with the thread as context, and drops output that breaks the schema', async () => {
    const seen: any[] = [];
    const { server, api } = await startCommune({
      smtp: true,
      smtpPort: 0,
      providerSettings: {
        commune: {
          extractor: (input: any) => {
            seen.push(input);
            return input.email.subject === 'bad' ? { order_id: 42 } : { order_id: `from-fn:${input.thread.length}` };
          },
        },
      },
    });
    try {
      await api('PUT', SCHEMA_PATH, { name: 'support_ticket', description: 'tickets', schema: TICKET });
      await smtpSend(server, { from: 'Jane <jane@x.io>', to: SEED_INBOX_ADDRESS, subject: 'good', text: 'hi' });
      const m = await latestInbound(api, 'good');
      expect(m.metadata.extracted_data).toEqual({ order_id: 'from-fn:0' });
      expect(seen[0]).toMatchObject({
        name: 'support_ticket',
        description: 'tickets',
        schema: TICKET,
        email: { from: { address: 'jane@x.io', name: 'Jane' }, subject: 'good' },
        thread: [],
      });
      await smtpSend(server, {
        from: 'jane@x.io',
        to: SEED_INBOX_ADDRESS,
        subject: 'Re: good',
        text: 'again',
        inReplyTo: m.metadata.message_id,
      });
      expect((await latestInbound(api, 'Re: good')).metadata.extracted_data).toEqual({ order_id: 'from-fn:1' });
      await smtpSend(server, { from: 'jane@x.io', to: SEED_INBOX_ADDRESS, subject: 'bad', text: 'x' });
      expect((await latestInbound(api, 'bad')).metadata).not.toHaveProperty('extracted_data');
      expectNoViolations(server);
    } finally {
      await server.close();
    }
  });

  it('loads a module path from providerSettings.commune.extractor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commune-extractor-'));
    const file = join(dir, 'extractor.mjs');
    writeFileSync(
      file,
      'export default async function extract(input) { return { customer_name: input.email.from.name + " (module)" }; }\n',
    );
    const { server, api } = await startCommune({
      smtp: true,
      smtpPort: 0,
      providerSettings: { commune: { extractor: file } },
    });
    try {
      await api('PUT', SCHEMA_PATH, { name: 'support_ticket', schema: TICKET });
      await smtpSend(server, { from: 'Kim <kim@x.io>', to: SEED_INBOX_ADDRESS, subject: 'module', text: 'hi' });
      expect((await latestInbound(api, 'module')).metadata.extracted_data).toEqual({ customer_name: 'Kim (module)' });
      expectNoViolations(server);
    } finally {
      await server.close();
    }
  });
});

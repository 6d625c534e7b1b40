import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { DEV_KEY, SEED_INBOX_ADDRESS, eventually, startTestServer } from '../helpers/server.js';
import { SdkError, sdkWireClient } from '../helpers/sdk-wire.js';

let server: MailsimServer;
let sdk: ReturnType<typeof sdkWireClient>;

beforeAll(async () => {
  server = await startTestServer();
  sdk = sdkWireClient(server.url(), DEV_KEY);
});
afterAll(() => server.close());

describe("every AgentSend SDK method, with the SDK's exact request shapes", () => {
  it('inboxes, messages and threads: create, send, read back as sent, reply in thread, list, delete', async () => {
    const inbox = await sdk.inboxes.create();
    expect(inbox.address).toMatch(/@agentsend\.io$/);
    expect((await sdk.inboxes.list({ limit: 5 })).data[0].id).toBe(inbox.id);
    expect((await sdk.inboxes.get(inbox.id)).id).toBe(inbox.id);

    const sent = await sdk.messages.send(inbox.id, {
      to: [SEED_INBOX_ADDRESS],
      subject: 'Hello from the SDK',
      bodyText: 'Hi',
    });
    expect(sent.status).toBe('queued');
    const done = await eventually(async () => {
      const m = await sdk.messages.get(sent.id);
      return m.status === 'sent' ? m : null;
    });
    expect(done.sentAt).not.toBeNull();
    expect(
      (await sdk.messages.list(inbox.id, { limit: 10, offset: 0, status: 'sent' })).data.map(
        (m: { id: string }) => m.id,
      ),
    ).toContain(sent.id);

    const threads = await sdk.threads.list(inbox.id);
    expect(threads.total).toBe(1);
    const thread = await sdk.threads.get(threads.data[0].id);
    expect(thread.subject).toBe('Hello from the SDK');
    const reply = await sdk.messages.send(inbox.id, {
      to: [SEED_INBOX_ADDRESS],
      subject: 'Re: Hello from the SDK',
      bodyText: 'again',
      threadId: thread.id,
    });
    expect(reply.inReplyTo).toBe(done.messageIdHeader);
    expect((await sdk.threads.messages(thread.id)).data.map((m: { id: string }) => m.id)).toEqual([sent.id, reply.id]);

    await expect(sdk.messages.delete(sent.id)).resolves.toBeUndefined();
    await expect(sdk.messages.get(sent.id)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(sdk.inboxes.delete(inbox.id)).resolves.toBeUndefined();
  });

  it('webhooks: create (with secret), list, get, update, delete', async () => {
    const hook = await sdk.webhooks.create({ url: 'http://127.0.0.1:9/hook', events: ['message.received'] });
    expect(hook.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(
      (await sdk.webhooks.list()).data.some(
        (w: { id: string; secret?: string }) => w.id === hook.id && w.secret === undefined,
      ),
    ).toBe(true);
    expect((await sdk.webhooks.get(hook.id)).secret).toBeUndefined();
    expect((await sdk.webhooks.update(hook.id, { isActive: false })).isActive).toBe(false);
    await expect(sdk.webhooks.delete(hook.id)).resolves.toBeUndefined();
  });

  it('domains: add, list, get, verify (bodiless POST with a JSON content type), delete', async () => {
    const domain = await sdk.domains.add({ domain: 'sdk-example.com' });
    expect(domain.dnsRecords.length).toBeGreaterThan(0);
    expect((await sdk.domains.list()).data.map((d: { id: string }) => d.id)).toContain(domain.id);
    expect((await sdk.domains.get(domain.id)).domain).toBe('sdk-example.com');
    expect((await sdk.domains.verify(domain.id)).verificationStatus).toBe('verified');
    await expect(sdk.domains.delete(domain.id)).resolves.toBeUndefined();
  });

  it('attachments: get returns metadata and a URL the emulator serves', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('sdk attachment')], { type: 'text/plain' }), 'note.txt');
    const up = await fetch(`${server.url()}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_KEY}` },
      body: form,
    });
    expect(up.status).toBe(201);
    const meta = await sdk.attachments.get(((await up.json()) as { id: string }).id);
    expect(meta.filename).toBe('note.txt');
    const download = await fetch(meta.url);
    expect(await download.text()).toBe('sdk attachment');
  });

  it('maps errors the way the SDK expects: 404 NotFound, 400 Validation, 401 Authentication', async () => {
    await expect(sdk.inboxes.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    await expect(sdk.inboxes.get('nope')).rejects.toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    await expect(sdkWireClient(server.url(), 'ask_revoked').inboxes.list()).rejects.toBeInstanceOf(SdkError);
  });

  it('left no contract violation behind', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});

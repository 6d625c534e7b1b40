/**
 * Gent's "API foundations" guide (the document mailsim emulates), its four calls run verbatim
 * against a fresh server, only the guide's example ids (`inb_123`, `msg_123`) replaced by the seed's:
 * with plain fetch, and with curl when it is installed.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import {
  expectNoViolations,
  GENT_DEV_INBOX_ID,
  GENT_DEV_MESSAGE_ID,
  GENT_DEV_TOKEN,
  settle,
  startGent,
  type Gent,
} from './helpers.js';

const run = promisify(execFile);

/** Step 02's and step 03's request bodies exactly as the guide prints them. */
const GUIDE_TOKEN_BODY = `{
  "inbox_id": "inb_123",
  "label": "production-workflow-worker",
  "scopes": ["email:read", "email:send", "files:write", "workflows:write"],
  "requires_approval": ["email:send"]
}`;
const GUIDE_SEND_BODY = `{
  "reply_to_message_id": "msg_123",
  "to": [{"email": "vendor@example.com"}],
  "text_body": "Thanks. We received the invoice and will route it for review."
}`;
const substitute = (body: string): string =>
  body.replace('inb_123', GENT_DEV_INBOX_ID).replace('msg_123', GENT_DEV_MESSAGE_ID);

let g: Gent;
beforeAll(async () => {
  g = await startGent();
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

async function raw(
  method: string,
  path: string,
  o: { token?: string; body?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(g.base + path, {
    method,
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.body ? { 'content-type': 'application/json' } : {}),
      ...o.headers,
    },
    ...(o.body ? { body: o.body } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

describe("the guide's four calls with fetch", () => {
  it("01 reads the live schema: mailsim's own contract, with auth kind, scopes and idempotency marked", async () => {
    const res = await raw('GET', '/v1/reference/api/');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe(g.base);
    const send = doc.paths['/v1/messages/'].post;
    expect(send).toMatchObject({
      operationId: 'sendMessage',
      'x-gent-auth': 'either',
      'x-gent-scopes': ['email:send'],
      'x-gent-idempotent': true,
    });
    expect(doc.paths['/v1/tokens/'].post['x-gent-auth']).toBe('session');
    expect(doc.components.schemas.Scope.enum).toEqual(expect.arrayContaining(['email:send', 'billing:read']));
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      expect(path.endsWith('/'), path).toBe(true);
      for (const op of Object.values(item).filter((o) => o && typeof o === 'object' && 'operationId' in o))
        expect(op['x-gent-auth'], `${path} ${op.operationId}`).toMatch(/^(public|session|either)$/);
    }
    // "Generate types": openapi-typescript turns it into TypeScript paths a client can use.
    const ts = astToString(await openapiTS(doc));
    expect(ts).toContain('"/v1/messages/"');
    expect(ts).toContain('reply_to_message_id');
  });

  it('02-04: a token whose sends need approval, the reply held then sent once, usage counted', async () => {
    const { access } = await g.login();
    const created = await raw('POST', '/v1/tokens/', { token: access, body: substitute(GUIDE_TOKEN_BODY) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      inbox_id: GENT_DEV_INBOX_ID,
      label: 'production-workflow-worker',
      requires_approval: ['email:send'],
    });
    expect(created.body.token).toMatch(/^gent_[A-Za-z0-9]{44}$/);
    const worker = created.body.token as string;
    // The raw token is shown once: listing shows its prefix only.
    const listed = await raw('GET', '/v1/tokens/', { token: access });
    expect(JSON.stringify(listed.body)).not.toContain(worker);

    const sent = await raw('POST', '/v1/messages/', {
      token: worker,
      body: substitute(GUIDE_SEND_BODY),
      headers: { 'Idempotency-Key': 'guide-step-03' },
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ queued: true, approval_id: expect.stringMatching(/^apr_/) });
    const again = await raw('POST', '/v1/messages/', {
      token: worker,
      body: substitute(GUIDE_SEND_BODY),
      headers: { 'Idempotency-Key': 'guide-step-03' },
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(sent.body);

    // 04 with the guide's token: it lacks billing:read, and the 403 says so.
    const usageDenied = await raw('GET', '/v1/billing/usage/', { token: worker });
    expect(usageDenied.status).toBe(403);
    expect(usageDenied.body).toMatchObject({ code: 'missing_scope', required_scope: 'billing:read' });
    expect(usageDenied.body.detail).toContain('billing:read');

    const before = (await raw('GET', '/v1/billing/usage/', { token: access })).body.usage;
    expect(before.messages_sent).toBe(0);
    expect(
      (await raw('POST', `/v1/approvals/${sent.body.approval_id}/approve/`, { token: access, body: '{}' })).status,
    ).toBe(204);
    await settle(g);
    const thread = await g.agent('GET', '/v1/messages/?limit=10');
    const reply = thread.body.results.find((m: any) => m.direction === 'outbound');
    expect(reply).toMatchObject({
      thread_id: 'thr_01JDEVGENT0000000000000001',
      subject: 'Re: Invoice INV-1042',
      in_reply_to: '<inv-1042@example.com>',
      status: 'sent',
      to: [{ email: 'vendor@example.com', name: null }],
    });
    const usage = await raw('GET', '/v1/billing/usage/', { token: access });
    expect(usage.status).toBe(200);
    expect(usage.body.usage).toMatchObject({ messages_sent: 1, messages_received: 1, inboxes: 1 });
    expect(usage.body.usage.api_requests).toBeGreaterThan(before.api_requests);
    expect(usage.headers.get('x-ratelimit-limit')).toBeNull(); // limiters are off in this file
  });

  it('03 without approval: 201 with the message and its thread', async () => {
    const res = await raw('POST', '/v1/messages/', {
      token: GENT_DEV_TOKEN,
      body: substitute(GUIDE_SEND_BODY),
      headers: { 'Idempotency-Key': 'guide-direct' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      message_id: expect.stringMatching(/^msg_/),
      thread_id: 'thr_01JDEVGENT0000000000000001',
    });
  });
});

describe("the guide's four calls with curl", () => {
  let curl: string | null = null;
  beforeAll(async () => {
    try {
      await run('curl', ['--version']);
      curl = 'curl';
    } catch {
      curl = null;
    }
  });

  const curlJson = async (args: string[]): Promise<{ status: number; body: any }> => {
    const { stdout } = await run(curl!, ['-s', '-w', '\n%{http_code}', ...args]);
    const cut = stdout.lastIndexOf('\n');
    return { status: Number(stdout.slice(cut + 1)), body: JSON.parse(stdout.slice(0, cut)) };
  };

  it('runs the same sequence from the command line', async (ctx) => {
    if (!curl) return ctx.skip('curl is not installed on this machine');
    const schema = await curlJson([`${g.base}/v1/reference/api/`]);
    expect(schema.status).toBe(200);
    expect(schema.body.info['x-gent-emulator']).toBe(true);
    const login = await curlJson([
      '-X',
      'POST',
      `${g.base}/auth/login/`,
      '-H',
      'content-type: application/json',
      '-d',
      JSON.stringify({ email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' }),
    ]);
    const session = login.body.access_token as string;
    const token = await curlJson([
      '-X',
      'POST',
      `${g.base}/v1/tokens/`,
      '-H',
      `Authorization: Bearer ${session}`,
      '-H',
      'content-type: application/json',
      '-d',
      substitute(GUIDE_TOKEN_BODY),
    ]);
    expect(token.status).toBe(201);
    const send = await curlJson([
      '-X',
      'POST',
      `${g.base}/v1/messages/`,
      '-H',
      `Authorization: Bearer ${token.body.token}`,
      '-H',
      'content-type: application/json',
      '-H',
      'Idempotency-Key: guide-curl-03',
      '-d',
      substitute(GUIDE_SEND_BODY),
    ]);
    expect(send.status).toBe(202);
    expect(send.body.queued).toBe(true);
    const usage = await curlJson([`${g.base}/v1/billing/usage/`, '-H', `Authorization: Bearer ${session}`]);
    expect(usage.status).toBe(200);
    expect(usage.body.usage.inboxes).toBe(1);
  });
});

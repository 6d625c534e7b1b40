/**
 * What the MCP server must do whatever the transport: one suite, run over stdio and over HTTP by
 * the MCP SDK's own client against a real mailsim (AgentSend and Commune, SMTP on).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver } from '../../src/testing/webhooks.js';
import { client, startTestServer } from '../helpers/server.js';
import { nextMailWaiter } from '../mail/helpers.js';

export const TOOL_NAMES = [
  'list_mail',
  'read_mail',
  'wait_for_mail',
  'extract_verification',
  'list_inboxes',
  'send_mail',
  'list_requests',
  'get_request',
  'list_webhook_deliveries',
  'get_webhook_delivery',
  'add_fault',
  'list_faults',
  'clear_faults',
  'get_clock',
  'set_clock',
  'reset',
];

export interface ToolAnswer {
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a tool's JSON answer, read by the assertions that follow
  json: any;
  isError: boolean;
}

/** Calls a tool and reads its one text answer (parsed as JSON when it is JSON). */
export async function callTool(mcp: Client, name: string, args: Record<string, unknown> = {}): Promise<ToolAnswer> {
  const result = await mcp.callTool({ name, arguments: args });
  const text = (result.content as { type: string; text: string }[])[0]!.text;
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* plain text */
  }
  return { text, json, isError: result.isError === true };
}

export function startMcpTestServer(token?: string): Promise<MailsimServer> {
  return startTestServer({
    ports: { agentsend: 0, commune: 0 },
    smtp: true,
    smtpPort: 0,
    rateLimits: false,
    ...(token ? { controlToken: token } : {}),
  });
}

export async function connect(transport: Transport): Promise<Client> {
  const mcp = new Client({ name: 'mailsim-test', version: '1.0.0' });
  await mcp.connect(transport);
  return mcp;
}

/** The shared behaviour; `transport` makes a fresh client transport for the server. */
export function mcpSuite(label: string, transport: (server: MailsimServer) => Transport): void {
  describe(`the MCP server ${label}`, () => {
    let server: MailsimServer;
    let mcp: Client;
    const call = (name: string, args?: Record<string, unknown>) => callTool(mcp, name, args);
    beforeAll(async () => {
      server = await startMcpTestServer();
      mcp = await connect(transport(server));
    });
    afterAll(async () => {
      await mcp?.close();
      await server?.close();
    });

    it('lists every tool with a description and an object schema an LLM can fill in', async () => {
      const { tools } = await mcp.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([...TOOL_NAMES].sort());
      for (const t of tools) {
        expect(t.description!.length, t.name).toBeGreaterThan(40);
        expect(t.inputSchema.type).toBe('object');
      }
      expect(tools.find((t) => t.name === 'read_mail')!.inputSchema.required).toEqual(['id']);
    });

    it('lists the inboxes of each running provider through its own API', async () => {
      const { json } = await call('list_inboxes');
      const listed = json as { provider: string; inboxes: { address: string }[] }[];
      expect(listed.map((p) => [p.provider, p.inboxes.map((i) => i.address)])).toEqual([
        ['agentsend', ['dev@agentsend.io']],
        ['commune', ['dev@commune.email']],
      ]);
      expect((await call('list_requests', { operation: 'listInboxes' })).json.requests.length).toBeGreaterThanOrEqual(
        2,
      );
    });

    it('sends mail into an emulated inbox and reads it back as text, headers and raw MIME', async () => {
      const sent = await call('send_mail', {
        to: 'dev@commune.email',
        from: 'Ops <ops@example.org>',
        subject: 'Quarterly numbers',
        text: 'Revenue is up.',
      });
      expect(sent.isError, sent.text).toBe(false);
      const listed = await call('list_mail', { to: 'dev@commune.email', subject: 'Quarterly' });
      expect(listed.json.messages).toEqual([
        expect.objectContaining({ id: sent.json.mailId, provider: 'commune', inboxes: ['dev@commune.email'] }),
      ]);
      const all = await call('read_mail', { id: sent.json.mailId });
      expect(all.json).toMatchObject({
        from: 'Ops <ops@example.org>',
        subject: 'Quarterly numbers',
        text: expect.stringMatching(/^Revenue is up\.\s*$/),
      });
      expect((await call('read_mail', { id: sent.json.mailId, part: 'headers' })).text).toMatch(
        /^Subject: Quarterly numbers$/m,
      );
      expect((await call('read_mail', { id: sent.json.mailId, part: 'raw' })).text).toMatch(
        /^From: Ops <ops@example\.org>\r?$/m,
      );
      const refused = await call('send_mail', { to: 'nobody@nowhere.example', subject: 'x', text: 'y' });
      expect(refused).toMatchObject({ isError: true, text: expect.stringMatching(/refused.*550/s) });
    });

    it('extracts the verification code and link from the newest matching mail', async () => {
      await call('send_mail', {
        to: 'dev@agentsend.io',
        subject: 'Confirm your account',
        html:
          '<p>Your verification code is <b>590 318</b>.</p>' +
          '<p><a href="https://app.example.com/confirm?token=t0k3n&amp;u=1">Confirm my account</a> · <a href="https://app.example.com/unsubscribe">Unsubscribe</a></p>',
      });
      const { json } = await call('extract_verification', { to: 'dev@agentsend.io', subject: 'Confirm your account' });
      expect(json).toMatchObject({ code: '590318', link: 'https://app.example.com/confirm?token=t0k3n&u=1' });
      const none = await call('extract_verification', { subject: 'never sent' });
      expect(none).toMatchObject({ isError: true, text: expect.stringContaining('no message matches') });
    });

    it('waits for a message that arrives after the wait began', async () => {
      const listening = nextMailWaiter(server);
      const waiting = call('wait_for_mail', { to: 'dev@agentsend.io', subject: 'Arrives later', timeoutSeconds: 20 });
      await listening;
      await call('send_mail', { to: 'dev@agentsend.io', subject: 'Arrives later', text: 'here now' });
      expect((await waiting).json).toMatchObject({
        subject: 'Arrives later',
        text: expect.stringMatching(/^here now\s*$/),
      });
      const timedOut = await call('wait_for_mail', { subject: 'never sent', timeoutSeconds: 0.2 });
      expect(timedOut).toMatchObject({ isError: true, text: expect.stringContaining('408') });
    });

    it('injects a fault the API then answers, and shows it in the journal', async () => {
      const added = await call('add_fault', { type: 'status', status: 503, operationId: 'getAccount', times: 1 });
      expect(added.json.added[0]).toMatchObject({
        match: { operationId: 'getAccount', provider: 'agentsend' },
        action: { type: 'status', status: 503 },
      });
      expect((await client(server.url())('GET', '/account')).status).toBe(503);
      expect((await call('list_faults')).json.rules[0]).toMatchObject({ id: added.json.added[0].id, applied: 1 });
      const { json } = await call('list_requests', { fault: true });
      expect(json.requests[0]).toMatchObject({ operationId: 'getAccount', status: 503, fault: expect.any(String) });
      expect((await call('get_request', { id: json.requests[0].id })).json.response.headers).toBeDefined();
      await call('clear_faults');
      expect((await client(server.url())('GET', '/account')).status).toBe(200);
    });

    it('reads webhook deliveries', async () => {
      const hooks = await startWebhookReceiver();
      try {
        await client(server.url())('POST', '/webhooks', { url: hooks.url, events: ['message.received'] });
        await call('send_mail', { to: 'dev@agentsend.io', subject: 'Hook me', text: 'x' });
        await hooks.waitFor(1);
        await server.engine.queue.idle(5000);
        const { json } = await call('list_webhook_deliveries', { event: 'message.received' });
        expect(json.deliveries[0]).toMatchObject({ url: hooks.url, status: 'delivered' });
        const one = await call('get_webhook_delivery', { id: json.deliveries[0].id });
        expect(one.json.attempts[0]).toMatchObject({ statusCode: 200 });
      } finally {
        await hooks.close();
      }
    });

    it('moves the clock, and resets to the seed', async () => {
      await call('set_clock', { set: '2031-05-01T00:00:00Z', mode: 'frozen' });
      expect((await call('set_clock', { advance: '25h' })).json).toMatchObject({
        now: '2031-05-02T01:00:00.000Z',
        mode: 'frozen',
      });
      expect((await call('get_clock')).json.now).toBe('2031-05-02T01:00:00.000Z');
      expect((await call('set_clock', {})).isError).toBe(true);
      await call('add_fault', { type: 'latency', latencyMs: 5 });
      expect((await call('reset')).json).toMatchObject({ reset: true, provider: 'all' });
      expect((await call('list_mail')).json.total).toBe(0);
      expect((await call('list_faults')).json.rules).toEqual([]);
      expect((await call('get_clock')).json.mode).toBe('real');
    });

    it('answers bad arguments and unknown ids as tool errors the model can read', async () => {
      expect(await call('read_mail', {})).toMatchObject({
        isError: true,
        text: expect.stringContaining("must have required property 'id'"),
      });
      expect(await call('read_mail', { id: 'no-such-mail' })).toMatchObject({
        isError: true,
        text: expect.stringContaining('404'),
      });
      expect(await call('add_fault', { type: 'explode' })).toMatchObject({
        isError: true,
        text: expect.stringContaining('allowed values'),
      });
    });
  });
}

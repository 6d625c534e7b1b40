/**
 * The MCP server on the control plane (`/_mailsim/mcp`, Streamable HTTP), driven by the MCP SDK's
 * own client; with --control-token it needs the token like every control operation.
 */
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { createControlClient } from '../../src/testing/control-client.js';
import { AGENTSEND_DEV_KEY, COMMUNE_DEV_KEY } from '../../src/testing/constants.js';
import { callTool, connect, mcpSuite, startMcpTestServer } from './suite.js';

const endpoint = (server: MailsimServer, provider = 'agentsend') => new URL(`${server.url(provider)}/_mailsim/mcp`);

mcpSuite('over HTTP', (server) => new StreamableHTTPClientTransport(endpoint(server)));

describe('the MCP endpoint', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startMcpTestServer('mcp-secret');
  });
  afterAll(() => server.close());

  it('with --control-token, refuses a client without the token (401) and serves one that sends it', async () => {
    await expect(connect(new StreamableHTTPClientTransport(endpoint(server)))).rejects.toMatchObject({
      code: 401,
      message: expect.stringContaining('control-token'),
    });
    const mcp = await connect(
      new StreamableHTTPClientTransport(endpoint(server), {
        requestInit: { headers: { authorization: 'Bearer mcp-secret' } },
      }),
    );
    try {
      // The tools run with the caller's credentials, so they reach the locked control plane too.
      expect((await callTool(mcp, 'get_clock')).json).toMatchObject({ mode: 'real' });
      expect((await callTool(mcp, 'list_inboxes', { provider: 'commune' })).json[0].inboxes[0].address).toBe(
        'dev@commune.email',
      );
    } finally {
      await mcp.close();
    }
  });

  it('answers on every port, and says 405 to GET and DELETE (stateless: no stream, no session)', async () => {
    const mcp = await connect(
      new StreamableHTTPClientTransport(endpoint(server, 'commune'), {
        requestInit: { headers: { 'x-mailsim-token': 'mcp-secret' } },
      }),
    );
    expect((await mcp.listTools()).tools.length).toBeGreaterThan(10);
    await mcp.close();
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(endpoint(server), {
        method,
        headers: { authorization: 'Bearer mcp-secret', accept: 'text/event-stream' },
      });
      expect(res.status, method).toBe(405);
      expect(await res.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 } });
    }
  });

  it('answers a request MCP cannot take in JSON-RPC, and a body that is not JSON in the control envelope', async () => {
    const headers = { authorization: 'Bearer mcp-secret', 'content-type': 'application/json' };
    const noAccept = await fetch(endpoint(server), {
      method: 'POST',
      headers,
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(noAccept.status).toBe(406);
    expect(await noAccept.json()).toMatchObject({
      jsonrpc: '2.0',
      error: { message: expect.stringMatching(/Accept/) },
    });
    const broken = await fetch(endpoint(server), {
      method: 'POST',
      headers: { ...headers, accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('GET /_mailsim/providers (what the tools reach the APIs and SMTP by) names every provider, its key and the SMTP port', async () => {
    const control = createControlClient(server.url(), { token: 'mcp-secret' });
    const { data, smtp } = await control.providers();
    expect(data).toEqual([
      expect.objectContaining({ name: 'agentsend', baseUrl: server.url('agentsend'), inboxesPath: '/inboxes' }),
      expect.objectContaining({ name: 'commune', baseUrl: server.url('commune'), inboxesPath: '/v1/inboxes' }),
    ]);
    expect(data.map((p) => p.devKeys[0]?.key)).toEqual([AGENTSEND_DEV_KEY, COMMUNE_DEV_KEY]);
    expect(smtp).toEqual({ host: '127.0.0.1', port: server.smtp!.port });
    expect((await fetch(`${server.url()}/_mailsim/providers`)).status).toBe(401);
  });
});

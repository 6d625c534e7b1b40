/**
 * `mailsim mcp` over stdio (the built CLI, spawned by the MCP SDK's own client) against a running
 * mailsim: the emulator found by --url, or through MAILSIM_* variables with the control token.
 */
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { callTool, connect, mcpSuite, startMcpTestServer } from './suite.js';
import { CLI } from '../harness/build.js';

mcpSuite(
  'over stdio (mailsim mcp --url)',
  (server) =>
    new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--url', server.url()], stderr: 'pipe' }),
);

describe('mailsim mcp without --url', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startMcpTestServer('stdio-secret');
  });
  afterAll(() => server.close());

  it('finds the emulator and its control token through MAILSIM_AGENTSEND_PORT and MAILSIM_CONTROL_TOKEN', async () => {
    const env = {
      ...getDefaultEnvironment(),
      MAILSIM_AGENTSEND_PORT: new URL(server.url()).port,
      MAILSIM_CONTROL_TOKEN: 'stdio-secret',
    };
    const mcp = await connect(
      new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], env, stderr: 'pipe' }),
    );
    try {
      expect((await callTool(mcp, 'get_clock')).isError).toBe(false);
      expect((await callTool(mcp, 'list_inboxes', { provider: 'agentsend' })).json[0].inboxes[0].address).toBe(
        'dev@agentsend.io',
      );
    } finally {
      await mcp.close();
    }
  });
});

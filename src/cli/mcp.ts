/**
 * `mailsim mcp`: an MCP server over stdio for a running emulator, for AI agents and coding
 * assistants (Claude Code, Cursor, ...). It talks to the emulator's control plane like any client;
 * stdout carries the protocol, so everything else goes to stderr.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { setLogLevel } from '../engine/log.js';
import { createMcpServer } from '../mcp/server.js';
import { createControlClient } from '../testing/control-client.js';
import { resolveTarget } from './target.js';
import { readFlags } from './verb.js';

export const MCP_USAGE = `Usage:
  mailsim mcp [--url URL] [--token T]

  Serves the Model Context Protocol over stdio for a running mailsim: tools to list, read and wait
  for mail, extract verification codes and links, list inboxes, send mail into an emulated inbox,
  read the request journal and webhook deliveries, inject faults, move the clock and reset.

  --url     the emulator (default: found the way "mailsim start" runs it: MAILSIM_HOST and
            MAILSIM_<PROVIDER>_PORT, else mailsim.config.json here, else http://localhost:3000)
  --token   its --control-token (or MAILSIM_CONTROL_TOKEN)

  In an MCP client's configuration: {"command": "npx", "args": ["mailsim", "mcp"]}.
  Every port also serves the same tools over HTTP: <url>/_mailsim/mcp (Streamable HTTP).
`;

export async function run(args: string[]): Promise<number> {
  const flags = readFlags(args, { url: { type: 'string' }, token: { type: 'string' } }, MCP_USAGE);
  if (typeof flags === 'number') return flags;
  // stdout is the protocol channel: log lines (info goes to stdout) must not reach it.
  setLogLevel('warn');
  const target = resolveTarget(flags.values);
  const control = createControlClient(target.url, target.token ? { token: target.token } : {});
  const server = createMcpServer({ control, baseUrl: target.url, fetch: globalThis.fetch });
  await server.connect(new StdioServerTransport());
  process.stderr.write(`mailsim MCP server (stdio) for ${target.url} (${target.source})\n`);
  // The client closing stdin ends the session.
  return new Promise<number>((resolve) => {
    process.stdin.once('end', () => {
      void server.close().finally(() => resolve(0));
    });
  });
}

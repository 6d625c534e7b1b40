/**
 * The MCP server: the tools of ./tools/* on the SDK's low-level `Server`, which takes the tools'
 * JSON Schemas as written (what an LLM reads is exactly what is checked, here with ajv). One
 * server per connection: `mailsim mcp` makes one for stdio, `/_mailsim/mcp` one per request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import AjvModule, { type ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../paths.js';
import { ControlError } from '../testing/control-client.js';
import { ToolFailure, type Tool, type ToolContext } from './tool.js';
import { clockTools } from './tools/clock.js';
import { faultTools } from './tools/faults.js';
import { inboxTools } from './tools/inboxes.js';
import { journalTools } from './tools/journal.js';
import { mailTools } from './tools/mail.js';
import { stateTools } from './tools/state.js';
import { verificationTools } from './tools/verification.js';
import { webhookTools } from './tools/webhooks.js';

// ajv is CommonJS; under NodeNext its default export arrives wrapped.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;

export const TOOLS: readonly Tool[] = [
  ...mailTools,
  ...verificationTools,
  ...inboxTools,
  ...journalTools,
  ...webhookTools,
  ...faultTools,
  ...clockTools,
  ...stateTools,
];

const INSTRUCTIONS = [
  'mailsim emulates email APIs for AI agents (AgentSend, Commune, ...) on this machine: nothing is sent',
  'to the internet. Every message the emulated APIs send, and every message received over SMTP, is in the mail sink:',
  'list_mail, read_mail, wait_for_mail, and extract_verification for sign-up codes and links. list_inboxes shows the',
  'emulated inboxes; send_mail delivers a message into one. list_requests shows what your code asked the APIs;',
  'add_fault makes them fail on purpose; set_clock moves time (expiries, retries); reset returns to the seed.',
].join('\n');

// Defaults fill in what an LLM left out; numbers given as strings are taken as numbers.
const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: true, strict: false });
const validators = new Map<string, ValidateFunction>(TOOLS.map((t) => [t.name, ajv.compile(t.inputSchema)]));

let version: string | undefined;
function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

const answer = (text: string, isError = false): CallToolResult => ({
  content: [{ type: 'text', text }],
  ...(isError ? { isError } : {}),
});

/** A failure as the calling model should read it: what went wrong and, where it helps, what to do. */
function describeFailure(e: unknown, ctx: ToolContext): string {
  if (e instanceof ToolFailure || e instanceof ControlError) return e.message;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause) return `cannot reach mailsim at ${ctx.baseUrl} (${cause.code ?? cause.message}); is it running?`;
  return `failed: ${(e as Error).message ?? String(e)}`;
}

export async function callTool(name: string, args: unknown, ctx: ToolContext): Promise<CallToolResult> {
  const tool = TOOLS.find((t) => t.name === name);
  const validate = validators.get(name);
  if (!tool || !validate)
    throw new McpError(ErrorCode.InvalidParams, `unknown tool ${name} (tools: ${TOOLS.map((t) => t.name).join(', ')})`);
  const input = structuredClone(args ?? {}) as Record<string, unknown>;
  if (!validate(input)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath.slice(1) || 'arguments'} ${e.message}`);
    return answer(`invalid arguments for ${name}: ${problems.join('; ')}`, true);
  }
  try {
    const out = await tool.run(input, ctx);
    return answer(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
  } catch (e) {
    return answer(describeFailure(e, ctx), true);
  }
}

export function createMcpServer(ctx: ToolContext): Server {
  const server = new Server(
    { name: 'mailsim', title: 'mailsim', version: packageVersion() },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: TOOLS.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema,
      annotations: {
        title: t.title,
        readOnlyHint: t.readOnly === true,
        destructiveHint: t.destructive === true,
        openWorldHint: false,
      },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, (request) =>
    callTool(request.params.name, request.params.arguments, ctx),
  );
  return server;
}

/**
 * Fault tools: make the emulated APIs fail on purpose (an error status, latency, a dropped or hung
 * connection, a truncated or malformed body), see the rules in force, remove them.
 */
import type { FaultRuleInput } from '../../testing/control-client.js';
import { pick, type Tool } from '../tool.js';

const ACTIONS = ['status', 'latency', 'reset', 'hang', 'truncate', 'malformed'];

/** The flat tool arguments as a control-plane fault rule. */
function ruleOf(args: Record<string, unknown>): FaultRuleInput {
  const action: Record<string, unknown> = {
    type: args.type,
    ...pick(args, ['status', 'code', 'message', 'retryAfter']),
  };
  if (args.latencyMs !== undefined) action.ms = args.latencyMs;
  return {
    ...pick<Partial<FaultRuleInput>>(args, ['name', 'times', 'probability', 'after']),
    match: pick(args, ['provider', 'operationId', 'method', 'path']),
    action: action as FaultRuleInput['action'],
  };
}

export const faultTools: Tool[] = [
  {
    name: 'add_fault',
    title: 'Inject a fault',
    description:
      'Makes matching requests to an emulated API fail: type "status" answers an error status in the provider\'s own ' +
      'error format (429 comes with rate-limit headers and Retry-After), "latency" delays the answer by latencyMs, ' +
      '"reset" drops the connection, "hang" never answers, "truncate" cuts the body, "malformed" sends invalid JSON. ' +
      'Match by operationId (e.g. "sendMessage"), method and path glob; limit with times, probability and after.',
    inputSchema: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ACTIONS },
        status: { type: 'integer', minimum: 100, maximum: 599, description: 'For type "status", e.g. 503 or 429.' },
        code: { type: 'string', description: 'For type "status": the provider error code to answer.' },
        message: { type: 'string', description: 'For type "status": the error message.' },
        retryAfter: { type: 'integer', minimum: 0, description: 'For type "status": Retry-After seconds.' },
        latencyMs: { type: 'number', minimum: 0, description: 'For type "latency".' },
        operationId: {
          type: 'string',
          description: 'The contract operation to hit, e.g. "sendMessage" (see list_requests).',
        },
        method: { type: 'string', description: 'An HTTP method, e.g. "POST".' },
        path: { type: 'string', description: 'A path glob: * within a segment, ** across segments.' },
        provider: { type: 'string', description: 'Default: the provider of the port the MCP server answers on.' },
        times: { type: 'integer', minimum: 1, description: 'Hit this many requests, then stop (default: every one).' },
        probability: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Hit each matching request with this chance.',
        },
        after: { type: 'integer', minimum: 0, description: 'Let this many matching requests through first.' },
        name: { type: 'string', description: 'A label, shown in the journal.' },
      },
      required: ['type'],
      additionalProperties: false,
    },
    async run(args, { control }) {
      const { data } = await control.faults.add(ruleOf(args));
      return { added: data };
    },
  },
  {
    name: 'list_faults',
    title: 'List faults',
    description: 'The fault rules in force, with how many requests each matched and hit.',
    readOnly: true,
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    async run(_args, { control }) {
      const { data, seed } = await control.faults.list();
      return { rules: data, seed };
    },
  },
  {
    name: 'clear_faults',
    title: 'Remove faults',
    description: 'Removes one fault rule (id) or every rule (no id).',
    destructive: true,
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'string', description: 'A rule id from list_faults; omit to remove all.' } },
      additionalProperties: false,
    },
    async run(args: { id?: string }, { control }) {
      if (args.id) await control.faults.remove(args.id);
      else await control.faults.clear();
      return { removed: args.id ?? 'all' };
    },
  },
];

/**
 * Request journal tools: what the emulated APIs were asked and answered, newest first, and one
 * exchange in full (headers and bodies, credentials masked).
 */
import type { JournalEntry, RequestFilter } from '../../testing/control-client.js';
import { pick, type Tool } from '../tool.js';

function line(e: JournalEntry) {
  return {
    id: e.id,
    at: e.at,
    provider: e.provider,
    method: e.method,
    path: e.path + (e.query ? `?${e.query}` : ''),
    operationId: e.operationId,
    status: e.status,
    latencyMs: e.latencyMs,
    errorCode: e.errorCode,
    fault: e.fault,
    idempotentReplay: e.idempotentReplay,
    contractViolations: e.violations.length,
  };
}

export const journalTools: Tool[] = [
  {
    name: 'list_requests',
    title: 'List API requests',
    description:
      'Lists the requests the emulated APIs received, newest first, with status, operation, error code, any ' +
      'injected fault and contract violations. Use get_request with an id for the full exchange.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        provider: { type: 'string', description: 'e.g. "agentsend" or "commune".' },
        operation: { type: 'string', description: 'A contract operationId, e.g. "sendMessage".' },
        path: { type: 'string', description: 'Part of the path, or a glob with *.' },
        status: {
          type: 'string',
          pattern: '^([1-5][0-9]{2}|[1-5]xx)$',
          description: 'An exact status ("201") or a class ("4xx").',
        },
        fault: { type: 'boolean', description: 'true: only requests a fault rule hit.' },
        violations: { type: 'boolean', description: 'true: only answers that broke the contract.' },
        limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
      },
      additionalProperties: false,
    },
    async run(args, { control }) {
      const page = await control.requests.list(
        pick<RequestFilter>(args, ['provider', 'operation', 'path', 'status', 'fault', 'violations', 'limit']),
      );
      return { shown: page.data.length, kept: page.size, capacity: page.capacity, requests: page.data.map(line) };
    },
  },
  {
    name: 'get_request',
    title: 'Read one API request',
    description:
      'One request from the journal in full: request and response headers and bodies (API keys masked), ' +
      'status, fault and contract violations.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'integer', minimum: 1, description: 'The journal id, from list_requests.' } },
      required: ['id'],
      additionalProperties: false,
    },
    run: (args: { id: number }, { control }) => control.requests.get(args.id),
  },
];

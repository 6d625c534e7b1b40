/**
 * Webhook delivery tools: what the emulated APIs posted to subscribers, with every attempt.
 */
import type { DeliveryFilter } from '../../testing/control-client.js';
import { pick, type Tool } from '../tool.js';

export const webhookTools: Tool[] = [
  {
    name: 'list_webhook_deliveries',
    title: 'List webhook deliveries',
    description:
      'Lists webhook deliveries the emulated APIs made or are retrying, newest first (event, target URL, ' +
      'status pending/delivered/failed/dead, attempts, last HTTP status or error).',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        provider: { type: 'string', description: 'Default: the provider of the port the MCP server answers on.' },
        status: { type: 'string', enum: ['pending', 'delivered', 'failed', 'dead'] },
        event: { type: 'string', description: 'An event type, e.g. "message.received".' },
        url: { type: 'string', description: 'The subscriber URL.' },
        limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
      },
      additionalProperties: false,
    },
    async run(args, { control }) {
      const page = await control.webhooks.list(
        pick<DeliveryFilter>(args, ['provider', 'status', 'event', 'url', 'limit']),
      );
      return { total: page.total, deliveries: page.data };
    },
  },
  {
    name: 'get_webhook_delivery',
    title: 'Read one webhook delivery',
    description:
      'One webhook delivery in full: the request sent (headers, signed body, parsed payload) and every attempt.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'string', description: 'The delivery id, from list_webhook_deliveries.' } },
      required: ['id'],
      additionalProperties: false,
    },
    run: (args: { id: string }, { control }) => control.webhooks.get(args.id),
  },
];

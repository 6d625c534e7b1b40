/**
 * The reset tool: back to the seed without a restart.
 */
import { pick, type Tool } from '../tool.js';

export const stateTools: Tool[] = [
  {
    name: 'reset',
    title: 'Reset the emulator',
    description:
      "Puts the emulator back to its seed without a restart. No arguments: every provider's data, the mail sink, " +
      "fault rules, rate limits, the clock and the journal. provider: only that provider's data; tenant: only one " +
      "account's data.",
    destructive: true,
    inputSchema: {
      type: 'object',
      properties: {
        provider: { type: 'string', description: 'e.g. "agentsend" or "commune".' },
        tenant: { type: 'string', description: 'An account (tenant) id of that provider.' },
      },
      additionalProperties: false,
    },
    run: (args, { control }) => control.reset(pick(args, ['provider', 'tenant'])),
  },
];

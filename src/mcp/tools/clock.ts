/**
 * Clock tools: the emulator's own clock, which expiries, retries, rate-limit windows and
 * timestamps follow. Moving it changes nothing on this machine.
 */
import { ToolFailure, type Tool } from '../tool.js';

export const clockTools: Tool[] = [
  {
    name: 'get_clock',
    title: 'Read the clock',
    description:
      'The emulator clock: its current time, whether it runs ("real") or stands still ("frozen"), and its offset ' +
      "from this machine's time.",
    readOnly: true,
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    run: (_args, { control }) => control.clock.get(),
  },
  {
    name: 'set_clock',
    title: 'Move or freeze the clock',
    description:
      'Moves the emulator clock: advance by a duration (e.g. "90s", "25h", "7d") to expire codes, fire retries ' +
      'or roll rate-limit windows; set to an ISO time; mode "frozen" stops it, "real" lets it run again. Give one or ' +
      'more of advance, set, mode (set, then advance, apply in that order).',
    inputSchema: {
      type: 'object',
      properties: {
        advance: { type: 'string', description: 'A duration: "500ms", "90s", "15m", "25h", "7d".' },
        set: { type: 'string', description: 'An ISO 8601 time, e.g. "2030-01-01T00:00:00Z".' },
        mode: { type: 'string', enum: ['frozen', 'real'] },
      },
      additionalProperties: false,
    },
    async run(args: { advance?: string; set?: string; mode?: 'frozen' | 'real' }, { control }) {
      if (args.advance === undefined && args.set === undefined && args.mode === undefined) {
        throw new ToolFailure('give advance (e.g. "25h"), set (an ISO time) or mode ("frozen" or "real")');
      }
      return control.clock.update(args);
    },
  },
];

import type { Handler } from '../../../engine/provider.js';

export const handlers: Record<string, Handler> = {
  getHealth: (ctx) => ({ status: 200, body: { status: 'ok', timestamp: ctx.now.toISOString() } }),
};

/** The health check. */
import type { AgentSendHandler, AgentSendHandlers } from '../auth.js';

const getHealth: AgentSendHandler<'getHealth'> = (ctx) => ({
  status: 200,
  body: {
    status: 'ok',
    timestamp: ctx.now.toISOString(),
  },
});

export const handlers = { getHealth } satisfies Partial<AgentSendHandlers>;

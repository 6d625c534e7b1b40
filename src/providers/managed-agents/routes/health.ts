/** Health: openma's `/health` and its docs' `/healthz`, both public. */
import type { ManagedAgentsHandler } from '../auth.js';
import { ok } from '../wire.js';

export const handlers: Record<string, ManagedAgentsHandler> = {
  getHealth: () => ok({ status: 'ok' }),
  getHealthz: () => ok({ ok: true }),
};

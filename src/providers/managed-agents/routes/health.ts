/** Health: openma's `/health` and its docs' `/healthz`, both public. */
import type { ManagedAgentsHandlers } from '../auth.js';
import { ok } from '../wire.js';

export const handlers = {
  getHealth: () => ok({ status: 'ok' }),
  getHealthz: () => ok({ ok: true }),
} satisfies Partial<ManagedAgentsHandlers>;

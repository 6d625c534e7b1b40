/**
 * Health and reset: `GET /_mailsim/health`, `POST /_mailsim/reset`.
 */
import type { Engine } from '../engine/engine.js';
import type { Handler } from '../engine/provider.js';
import { controlErrors } from './errors.js';

export function healthBody(engine: Engine, provider: string): { status: 'ok'; provider: string; providers: string[]; now: string } {
  return { status: 'ok', provider, providers: engine.providerNames(), now: engine.clock.now().toISOString() };
}

export function stateHandlers(engine: Engine, provider: string): Record<string, Handler> {
  return {
    getHealth: () => ({ status: 200, body: healthBody(engine, provider) }),
    resetState: (_ctx, { body, query }) => {
      const b = (body ?? {}) as { provider?: string; tenant?: string };
      const target = b.provider ?? (query.provider as string | undefined);
      const tenant = b.tenant ?? (query.tenant as string | undefined);
      if (target && !engine.provider(target)) throw controlErrors.badRequest(`unknown provider ${target}`);
      engine.reset(target, tenant);
      if (!target && !tenant) {
        // Back to the start-up state: configured scenarios, limits and clock, an empty journal.
        engine.faults.reset();
        engine.journal.clear();
        engine.clock.reset();
        for (const name of engine.providerNames()) engine.provider(name)!.pipeline.limiter?.restore();
      }
      return { status: 200, body: { reset: true, provider: target ?? 'all', tenant: tenant ?? null } };
    },
  };
}

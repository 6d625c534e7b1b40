/**
 * Health and reset: `GET /_mailsim/health`, `POST /_mailsim/reset`.
 */
import type { Engine } from '../engine/engine.js';
import type { Handler } from '../engine/provider.js';
import { parseDuration } from '../engine/clock.js';
import { controlErrors } from './errors.js';

export function healthBody(
  engine: Engine,
  provider: string,
): { status: 'ok'; provider: string; providers: string[]; now: string } {
  return { status: 'ok', provider, providers: engine.providerNames(), now: engine.clock.now().toISOString() };
}

const MAX_QUEUE_WAIT_MS = 600_000;

function queueBody(engine: Engine) {
  const s = engine.queue.status();
  return {
    idle: s.idle,
    lanes: s.lanes.map((l) => ({ ...l, nextDueAt: l.nextDueAt === null ? null : new Date(l.nextDueAt).toISOString() })),
  };
}

export function stateHandlers(engine: Engine, provider: string): Record<string, Handler> {
  return {
    getQueue: async (_ctx, { query }) => {
      if (query.wait === undefined) return { status: 200, body: queueBody(engine) };
      let waitMs: number;
      try {
        waitMs = Math.min(parseDuration(String(query.wait)), MAX_QUEUE_WAIT_MS);
      } catch (e) {
        throw controlErrors.badRequest(`wait: ${(e as Error).message}`);
      }
      try {
        await engine.queue.idle(waitMs);
      } catch {
        throw controlErrors.timeout(`the queue is still busy after ${waitMs} ms`);
      }
      return { status: 200, body: queueBody(engine) };
    },
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

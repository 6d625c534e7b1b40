/**
 * The control plane: /_mailsim/* on every provider port. Inspection endpoints never mutate state.
 */
import express, { type Request, type Response, type NextFunction } from 'express';
import type { Engine } from '../engine/engine.js';
import { parseDuration, type ClockMode } from '../engine/clock.js';
import { validateRule, type FaultRuleInput } from '../engine/faults.js';
import type { LimitRule } from '../engine/ratelimit.js';
import { isMailsimError } from '../engine/errors.js';
import type { ControlRoute } from '../engine/provider.js';

export type ControlExtension = (app: express.Express, engine: Engine, provider: string) => void;

class BadRequest extends Error {}

const problem = (res: Response, status: number, message: string): void => {
  res.status(status).json({ error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message } });
};

export function createControlApp(engine: Engine, provider: string, extensions: ControlExtension[] = []): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '5mb' }));

  app.get('/_mailsim/health', (_req, res) => {
    res.json({ status: 'ok', provider, providers: engine.providerNames(), now: engine.clock.now().toISOString() });
  });

  app.post('/_mailsim/reset', (req, res) => {
    const target = (req.body?.provider ?? req.query.provider) as string | undefined;
    const tenant = (req.body?.tenant ?? req.query.tenant) as string | undefined;
    if (target && !engine.provider(target)) return problem(res, 400, `unknown provider ${target}`);
    engine.reset(target, tenant);
    if (!target && !tenant) {
      engine.faults.clear();
      engine.journal.clear();
      engine.clock.reset();
    }
    res.json({ reset: true, provider: target ?? 'all', tenant: tenant ?? null });
  });

  app.get('/_mailsim/requests', (req, res) => {
    const q = req.query;
    const status = q.status === undefined ? undefined : Number(q.status);
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if ((status !== undefined && !Number.isInteger(status)) || !Number.isInteger(limit) || limit < 1) return problem(res, 400, 'status and limit must be integers');
    const data = engine.journal.list({
      provider: q.provider as string | undefined, path: q.path as string | undefined, status, limit,
      operation: q.operation as string | undefined, violations: q.violations === 'true',
    });
    res.json({ data, total: data.length });
  });
  app.delete('/_mailsim/requests', (_req, res) => {
    engine.journal.clear();
    res.status(204).end();
  });

  app.get('/_mailsim/clock', (_req, res) => res.json(engine.clock.state()));
  app.post('/_mailsim/clock', (req, res) => {
    const b = (req.body ?? {}) as { advance?: string | number; set?: string; mode?: ClockMode };
    try {
      if (b.mode !== undefined) {
        if (b.mode !== 'real' && b.mode !== 'frozen') throw new BadRequest('mode must be "real" or "frozen"');
        engine.clock.setMode(b.mode);
      }
      if (b.set !== undefined) {
        const t = Date.parse(b.set);
        if (Number.isNaN(t)) throw new BadRequest('set must be an ISO 8601 time');
        engine.clock.set(t);
      }
      if (b.advance !== undefined) engine.clock.advance(parseDuration(b.advance));
      if (b.mode === undefined && b.set === undefined && b.advance === undefined) throw new BadRequest('give one of advance, set, mode');
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    res.json(engine.clock.state());
  });

  app.get('/_mailsim/faults', (_req, res) => res.json({ data: engine.faults.list() }));
  app.post('/_mailsim/faults', (req, res) => {
    const input = req.body as FaultRuleInput | { rules: FaultRuleInput[] };
    const rules = 'rules' in (input ?? {}) ? (input as { rules: FaultRuleInput[] }).rules : [input as FaultRuleInput];
    try {
      rules.forEach(validateRule);
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    const added = rules.map((r) => engine.faults.add({ ...r, match: { provider, ...r.match } }));
    res.status(201).json({ data: added });
  });
  app.delete('/_mailsim/faults', (_req, res) => {
    engine.faults.clear();
    res.status(204).end();
  });
  app.delete('/_mailsim/faults/:id', (req, res) => {
    if (!engine.faults.remove(req.params.id!)) return problem(res, 404, `no fault rule ${req.params.id}`);
    res.status(204).end();
  });

  app.get('/_mailsim/limits', (_req, res) => {
    const limiter = engine.provider(provider)?.pipeline.limiter;
    if (!limiter) return res.json({ enabled: false });
    const p = limiter.policy;
    res.json({ enabled: p.enabled, default: p.default, plans: p.plans ?? {}, keys: p.keys ?? {} });
  });
  app.put('/_mailsim/limits', (req, res) => {
    const limiter = engine.provider(provider)?.pipeline.limiter;
    if (!limiter) return problem(res, 404, `${provider} has no rate limiter`);
    const b = req.body as { enabled?: boolean; default?: LimitRule; plans?: Record<string, LimitRule>; keys?: Record<string, LimitRule> };
    const check = (r: LimitRule | undefined, name: string): void => {
      if (r === undefined) return;
      if (!Number.isInteger(r.max) || r.max < 0 || !Number.isInteger(r.windowMs) || r.windowMs < 1) throw new BadRequest(`${name} needs integer max >= 0 and windowMs >= 1`);
    };
    try {
      if (b.enabled !== undefined && typeof b.enabled !== 'boolean') throw new BadRequest('enabled must be a boolean');
      check(b.default, 'default');
      for (const [k, v] of Object.entries(b.plans ?? {})) check(v, `plans.${k}`);
      for (const [k, v] of Object.entries(b.keys ?? {})) check(v, `keys.${k}`);
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    limiter.policy = {
      ...limiter.policy,
      ...(b.enabled !== undefined ? { enabled: b.enabled } : {}),
      ...(b.default ? { default: b.default } : {}),
      ...(b.plans ? { plans: b.plans } : {}),
      ...(b.keys ? { keys: b.keys } : {}),
    };
    limiter.reset();
    const p = limiter.policy;
    res.json({ enabled: p.enabled, default: p.default, plans: p.plans ?? {}, keys: p.keys ?? {} });
  });

  const entry = engine.provider(provider);
  for (const route of entry?.def.controlRoutes?.(entry.services) ?? []) mountRoute(app, route);
  for (const extend of extensions) extend(app, engine, provider);

  app.use('/_mailsim', (req, res) => problem(res, 404, `no control endpoint ${req.method} ${req.originalUrl}`));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isMailsimError(err)) return problem(res, err.status, err.message);
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) return problem(res, status, (err as Error).message);
    problem(res, 500, String(err));
  });
  return app;
}

function mountRoute(app: express.Express, route: ControlRoute): void {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  app[method](route.path, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const out = await route.handle({ params: req.params as Record<string, string>, query: req.query as Record<string, unknown>, body: req.body, headers: req.headers });
      if (out.headers) res.set(out.headers);
      if (out.raw) return res.status(out.status).type(out.raw.contentType).send(out.raw.data);
      if (out.body === undefined) return res.status(out.status).end();
      res.status(out.status).json(out.body);
    } catch (e) {
      next(e);
    }
  });
}

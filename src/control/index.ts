/**
 * The control plane: /_mailsim/* on every provider port. Inspection endpoints never mutate state.
 */
import express, { type Request, type Response, type NextFunction } from 'express';
import type { Engine } from '../engine/engine.js';
import { healthBody } from './lazy.js';
import { mountTrafficRoutes } from './traffic.js';
import { isMailsimError } from '../engine/errors.js';
import type { ControlRoute } from '../engine/provider.js';
import { problem } from './problem.js';

export type ControlExtension = (app: express.Express, engine: Engine, provider: string) => void;

export function createControlApp(engine: Engine, provider: string, extensions: ControlExtension[] = []): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '5mb' }));

  app.get('/_mailsim/health', (_req, res) => res.json(healthBody(engine, provider)));

  app.post('/_mailsim/reset', (req, res) => {
    const target = (req.body?.provider ?? req.query.provider) as string | undefined;
    const tenant = (req.body?.tenant ?? req.query.tenant) as string | undefined;
    if (target && !engine.provider(target)) return problem(res, 400, `unknown provider ${target}`);
    engine.reset(target, tenant);
    if (!target && !tenant) {
      // Back to the start-up state: configured scenarios, limits and clock, an empty journal.
      engine.faults.reset();
      engine.journal.clear();
      engine.clock.reset();
      for (const name of engine.providerNames()) engine.provider(name)!.pipeline.limiter?.restore();
    }
    res.json({ reset: true, provider: target ?? 'all', tenant: tenant ?? null });
  });

  mountTrafficRoutes(app, engine, provider);
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
      if (out.download) return res.status(out.status).type(out.download.contentType).send(out.download.data);
      if (out.body === undefined) return res.status(out.status).end();
      res.status(out.status).json(out.body);
    } catch (e) {
      next(e);
    }
  });
}

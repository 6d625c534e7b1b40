/**
 * The part of the /_mailsim control plane that works without a socket, for msw mode: health,
 * reset, the request journal, fault rules, and every route the provider itself contributes
 * (attachment downloads, delivery simulation, sign-up codes). The full express control plane
 * needs a real server; for anything else use `handlers.engine` directly.
 */
import type { Engine } from '../engine/engine.js';
import { validateRule, type FaultRuleInput } from '../engine/faults.js';
import type { ControlRoute, HandlerResult } from '../engine/provider.js';

interface ControlRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  headers: Record<string, string>;
}

const json = (status: number, body: unknown): HandlerResult => ({ status, body });
const problem = (status: number, message: string): HandlerResult => json(status, { error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message } });

function compile(route: ControlRoute): { route: ControlRoute; regex: RegExp; names: string[] } {
  const names: string[] = [];
  const pattern = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, regex: new RegExp(`^${pattern}/?$`), names };
}

export function createControlHandler(engine: Engine, provider: string): (req: ControlRequest) => Promise<HandlerResult> {
  let routes: ReturnType<typeof compile>[] | null = null;
  const providerRoutes = (): ReturnType<typeof compile>[] => {
    if (!routes) {
      const entry = engine.provider(provider);
      routes = (entry?.def.controlRoutes?.(entry.services) ?? []).map(compile);
    }
    return routes;
  };

  return async (req) => {
    const { method, path, query } = req;
    if (method === 'GET' && path === '/_mailsim/health') {
      return json(200, { status: 'ok', provider, providers: engine.providerNames(), now: engine.clock.now().toISOString(), transport: 'msw' });
    }
    if (method === 'POST' && path === '/_mailsim/reset') {
      engine.reset(provider);
      engine.faults.clear();
      engine.journal.clear();
      return json(200, { reset: true, provider, tenant: null });
    }
    if (path === '/_mailsim/requests') {
      if (method === 'DELETE') {
        engine.journal.clear();
        return { status: 204 };
      }
      const limit = query.has('limit') ? Number(query.get('limit')) : 100;
      const status = query.has('status') ? Number(query.get('status')) : undefined;
      const data = engine.journal.list({
        provider, limit, ...(status !== undefined ? { status } : {}), violations: query.get('violations') === 'true',
        ...(query.get('path') ? { path: query.get('path')! } : {}), ...(query.get('operation') ? { operation: query.get('operation')! } : {}),
      });
      return json(200, { data, total: data.length });
    }
    if (path === '/_mailsim/faults') {
      if (method === 'GET') return json(200, { data: engine.faults.list() });
      if (method === 'DELETE') {
        engine.faults.clear();
        return { status: 204 };
      }
      if (method === 'POST') {
        const input = req.body as FaultRuleInput | { rules: FaultRuleInput[] };
        const rules = input && 'rules' in input ? input.rules : [input as FaultRuleInput];
        try {
          rules.forEach(validateRule);
        } catch (e) {
          return problem(400, (e as Error).message);
        }
        return json(201, { data: rules.map((r) => engine.faults.add({ ...r, match: { provider, ...r.match } })) });
      }
    }
    for (const { route, regex, names } of providerRoutes()) {
      if (route.method !== method) continue;
      const m = regex.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return route.handle({ params, query: Object.fromEntries(query), body: req.body, headers: req.headers });
    }
    return problem(404, `no control endpoint ${method} ${path} in msw mode (use handlers.engine for the rest)`);
  };
}

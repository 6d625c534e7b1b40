/**
 * Control-plane routes for traffic realism: the request journal, the clock, fault rules and
 * scenarios, rate limits. Mounted on every provider port by control/index.ts; fault rules added
 * through a port apply to that port's provider unless they name another.
 */
import { readFile } from 'node:fs/promises';
import type express from 'express';
import type { Engine } from '../engine/engine.js';
import { isIsoRepresentable, parseDuration, type ClockMode } from '../engine/clock.js';
import { validateRule, type FaultRuleInput } from '../engine/faults.js';
import { isStatusFilter } from '../engine/journal.js';
import { describeLimits, withSettings, type LimitSettings } from '../engine/ratelimit.js';
import { addScenario, parseScenario, resolveScenario, shippedScenarios, type Scenario } from './scenarios.js';
import { BadRequest, problem } from './problem.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const flag = (v: unknown): boolean | undefined => (v === 'true' ? true : v === 'false' ? false : undefined);

export function mountTrafficRoutes(app: express.Express, engine: Engine, provider: string): void {
  // --- the request journal -------------------------------------------------------------------
  app.get('/_mailsim/requests', (req, res) => {
    const q = req.query;
    const status = str(q.status);
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (status !== undefined && !isStatusFilter(status)) return problem(res, 400, 'status must be a status code (201) or a class (4xx)');
    if (!Number.isInteger(limit) || limit < 1) return problem(res, 400, 'limit must be a positive integer');
    const data = engine.journal.list({
      provider: str(q.provider), path: str(q.path), status, limit, operation: str(q.operation),
      violations: q.violations === 'true', fault: flag(q.fault), replay: flag(q.replay),
    });
    res.json({ data, total: data.length, size: engine.journal.size, capacity: engine.journal.maxSize });
  });
  app.delete('/_mailsim/requests', (_req, res) => {
    engine.journal.clear();
    res.status(204).end();
  });

  // --- the clock -----------------------------------------------------------------------------
  app.get('/_mailsim/clock', (_req, res) => res.json(engine.clock.state()));
  app.post('/_mailsim/clock', (req, res) => {
    const b = (req.body ?? {}) as { advance?: unknown; set?: unknown; mode?: unknown };
    let advanceMs: number | undefined;
    let setMs: number | undefined;
    // Everything is checked before anything changes, so a bad request moves no time.
    try {
      if (b.mode === undefined && b.set === undefined && b.advance === undefined) throw new BadRequest('give one of advance (e.g. "90s"), set (an ISO time) or mode ("real" | "frozen")');
      if (b.mode !== undefined && b.mode !== 'real' && b.mode !== 'frozen') throw new BadRequest('mode must be "real" or "frozen"');
      if (b.set !== undefined) {
        setMs = typeof b.set === 'string' && /^\d{4}-\d\d-\d\d/.test(b.set) ? Date.parse(b.set) : NaN;
        if (Number.isNaN(setMs)) throw new BadRequest('set must be an ISO 8601 time, e.g. "2030-01-01T00:00:00Z"');
      }
      if (b.advance !== undefined) {
        try {
          advanceMs = parseDuration(b.advance as string | number);
        } catch (e) {
          throw new BadRequest(`advance: ${(e as Error).message}`);
        }
      }
      const target = (setMs ?? engine.clock.nowMs()) + (advanceMs ?? 0);
      if (!isIsoRepresentable(target)) throw new BadRequest('the clock must stay within years 0000-9999');
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    if (b.mode !== undefined) engine.clock.setMode(b.mode as ClockMode);
    if (setMs !== undefined) engine.clock.set(setMs);
    if (advanceMs !== undefined) engine.clock.advance(advanceMs);
    res.json(engine.clock.state());
  });

  // --- fault rules and scenarios -----------------------------------------------------------
  const scoped = (r: FaultRuleInput): FaultRuleInput => (r.match?.provider ? r : { ...r, match: { ...r.match, provider } });
  app.get('/_mailsim/faults', (_req, res) => res.json({ data: engine.faults.list(), seed: engine.faults.currentSeed }));
  app.post('/_mailsim/faults', (req, res) => {
    const b = req.body as (FaultRuleInput & { seed?: unknown }) | { rules: FaultRuleInput[]; seed?: unknown } | undefined;
    if (!b || typeof b !== 'object') return problem(res, 400, 'send a fault rule, or {rules: [...], seed?}');
    const rules = 'rules' in b ? b.rules : 'action' in b ? [b as FaultRuleInput] : [];
    try {
      if (!Array.isArray(rules)) throw new BadRequest('rules must be a list');
      if (b.seed !== undefined && b.seed !== null && !Number.isInteger(b.seed)) throw new BadRequest('seed must be an integer or null');
      if (rules.length === 0 && b.seed === undefined) throw new BadRequest('send a fault rule, or {rules: [...], seed?}');
      rules.forEach((r, i) => {
        try {
          validateRule(r);
        } catch (e) {
          throw new BadRequest(rules.length > 1 ? `rule ${i + 1}: ${(e as Error).message}` : (e as Error).message);
        }
      });
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    if (b.seed !== undefined) engine.faults.seed(b.seed as number | null);
    const added = rules.map((r) => engine.faults.add(scoped(r)));
    res.status(201).json({ data: added, seed: engine.faults.currentSeed });
  });
  app.delete('/_mailsim/faults', (_req, res) => {
    engine.faults.clear();
    res.status(204).end();
  });
  app.delete('/_mailsim/faults/:id', (req, res) => {
    if (!engine.faults.remove(req.params.id!)) return problem(res, 404, `no fault rule ${req.params.id}`);
    res.status(204).end();
  });

  app.get('/_mailsim/scenarios', (_req, res) => {
    res.json({ data: shippedScenarios().map((s) => ({ name: s.name, description: s.description })) });
  });
  /** `{name: "flaky-503"}` loads a shipped scenario (or a file path); `{yaml: "..."}` an inline one. */
  app.post('/_mailsim/scenarios', async (req, res) => {
    const b = (req.body ?? {}) as { name?: unknown; yaml?: unknown };
    let scenario: Scenario;
    try {
      if (typeof b.yaml === 'string') scenario = parseScenario(b.yaml, 'yaml');
      else if (typeof b.name === 'string' && b.name) {
        const file = resolveScenario(b.name);
        scenario = parseScenario(await readFile(file, 'utf8'), b.name);
        scenario.name ??= b.name.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/, '');
      } else throw new BadRequest('send {name: "<shipped scenario or file>"} or {yaml: "<scenario text>"}');
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    const added = addScenario(engine, scenario, provider);
    res.status(201).json({ name: scenario.name ?? null, data: added, seed: engine.faults.currentSeed });
  });

  // --- rate limits ---------------------------------------------------------------------------
  app.get('/_mailsim/limits', (_req, res) => {
    const limiter = engine.provider(provider)?.pipeline.limiter;
    if (!limiter) return res.json({ enabled: false, default: null, plans: {}, keys: {} });
    res.json(describeLimits(limiter.policy));
  });
  /** Changes only the fields given (plans and keys are replaced as a whole); windows start afresh. */
  app.put('/_mailsim/limits', (req, res) => {
    const limiter = engine.provider(provider)?.pipeline.limiter;
    if (!limiter) return problem(res, 404, `${provider} has no rate limiter`);
    try {
      limiter.policy = withSettings(limiter.policy, (req.body ?? {}) as LimitSettings);
    } catch (e) {
      return problem(res, 400, (e as Error).message);
    }
    limiter.reset();
    res.json(describeLimits(limiter.policy));
  });
}

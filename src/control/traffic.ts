/**
 * Control-plane operations for traffic realism: the request journal, the clock, fault rules and
 * scenarios, rate limits. Fault rules added through a port apply to that port's provider unless
 * they name another. The contract (contracts/control.yaml) has checked shapes and unknown fields
 * already; these handlers check meaning.
 */
import type { Engine } from '../engine/engine.js';
import { isIsoRepresentable, parseDuration, type ClockMode } from '../engine/clock.js';
import { validateRule } from '../engine/fault-rules.js';
import type { FaultRuleInput } from '../engine/faults.js';
import { show, type JournalEntry } from '../engine/journal.js';
import type { Handler } from '../engine/provider.js';
import { describeLimits, withSettings, type LimitSettings } from '../engine/ratelimit.js';
import { controlErrors } from './errors.js';
import { addScenario, parseScenario, readNamedScenario, listScenarios, type Scenario } from './scenarios.js';

export interface TrafficOptions {
  /** Where `POST /_mailsim/scenarios {"name"}` may read scenario files besides the shipped ones. */
  scenarioDir: string | null;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A journal entry without what it captured (the list stays light; one entry shows it all). */
export function journalSummary(entry: JournalEntry): Omit<JournalEntry, 'exchange' | 'requestBytes' | 'responseBytes'> {
  const { exchange: _x, requestBytes: _q, responseBytes: _r, ...rest } = entry;
  return rest;
}

/** Runs a check and turns its error into a 400 with the same message. */
function checked<T>(fn: () => T, prefix = ''): T {
  try {
    return fn();
  } catch (e) {
    throw controlErrors.badRequest(`${prefix}${(e as Error).message}`);
  }
}

export function trafficHandlers(engine: Engine, provider: string, options: TrafficOptions): Record<string, Handler> {
  const limiter = () => engine.provider(provider)?.pipeline.limiter ?? null;
  const scoped = (r: FaultRuleInput): FaultRuleInput =>
    r.match?.provider ? r : { ...r, match: { ...r.match, provider } };

  return {
    // --- the request journal ---------------------------------------------------------------
    listRequests: (_ctx, { query: q }) => {
      const data = engine.journal.list({
        provider: text(q.provider),
        path: text(q.path),
        status: text(q.status),
        limit: q.limit as number,
        operation: text(q.operation),
        tenant: text(q.tenant),
        violations: q.violations === true,
        ...(q.fault !== undefined ? { fault: q.fault as boolean } : {}),
        ...(q.replay !== undefined ? { replay: q.replay as boolean } : {}),
      });
      const { size, maxSize: capacity } = engine.journal;
      const body = { data: data.map(journalSummary), total: data.length, size, capacity };
      return { status: 200, body };
    },
    getRequest: (_ctx, { params }) => {
      const entry = engine.journal.get(params.id as number);
      if (!entry)
        throw controlErrors.notFound(
          `no journal entry ${params.id} ` +
            `(it may have been dropped: the journal keeps the last ${engine.journal.maxSize})`,
        );
      const x = entry.exchange;
      return {
        status: 200,
        body: {
          ...journalSummary(entry),
          request: x ? show(x.request.headers, x.request.body, entry.requestBytes ?? x.request.body.length) : null,
          response: x ? show(x.response.headers, x.response.body, entry.responseBytes ?? x.response.body.length) : null,
        },
      };
    },
    clearRequests: () => {
      engine.journal.clear();
      return { status: 204 };
    },

    // --- the clock ---------------------------------------------------------------------------
    getClock: () => ({ status: 200, body: engine.clock.state() }),
    setClock: (_ctx, { body }) => {
      const b = body as { advance?: string | number; set?: string; mode?: string };
      // Everything is checked before anything changes, so a bad request moves no time.
      if (b.mode === undefined && b.set === undefined && b.advance === undefined) {
        throw controlErrors.badRequest(
          'give one of advance (e.g. "90s"), set (an ISO time) or mode ("real" | "frozen")',
        );
      }
      if (b.mode !== undefined && b.mode !== 'real' && b.mode !== 'frozen')
        throw controlErrors.badRequest('mode must be "real" or "frozen"');
      let setMs: number | undefined;
      if (b.set !== undefined) {
        setMs = /^\d{4}-\d\d-\d\d/.test(b.set) ? Date.parse(b.set) : NaN;
        if (Number.isNaN(setMs))
          throw controlErrors.badRequest('set must be an ISO 8601 time, e.g. "2030-01-01T00:00:00Z"');
      }
      const advanceMs = b.advance === undefined ? undefined : checked(() => parseDuration(b.advance!), 'advance: ');
      const target = (setMs ?? engine.clock.nowMs()) + (advanceMs ?? 0);
      if (!isIsoRepresentable(target)) throw controlErrors.badRequest('the clock must stay within years 0000-9999');
      if (b.mode !== undefined) engine.clock.setMode(b.mode as ClockMode);
      if (setMs !== undefined) engine.clock.set(setMs);
      if (advanceMs !== undefined) engine.clock.advance(advanceMs);
      return { status: 200, body: engine.clock.state() };
    },

    // --- fault rules and scenarios ----------------------------------------------------------
    listFaults: () => ({ status: 200, body: { data: engine.faults.list(), seed: engine.faults.currentSeed } }),
    addFaults: (_ctx, { body }) => {
      const b = body as FaultRuleInput & { rules?: FaultRuleInput[]; seed?: number | null };
      const { rules: many, seed, ...single } = b;
      const rules = many ?? ('action' in single ? [single as FaultRuleInput] : []);
      if (rules.length === 0 && seed === undefined)
        throw controlErrors.badRequest('send a fault rule, or {rules: [...], seed?}');
      if (many && 'action' in single) throw controlErrors.badRequest('send one rule, or {rules: [...]}, not both');
      rules.forEach((r, i) => checked(() => validateRule(r), rules.length > 1 ? `rule ${i + 1}: ` : ''));
      if (seed !== undefined) engine.faults.seed(seed);
      const added = rules.map((r) => engine.faults.add(scoped(r)));
      return { status: 201, body: { data: added, seed: engine.faults.currentSeed } };
    },
    clearFaults: () => {
      engine.faults.clear();
      return { status: 204 };
    },
    updateFault: (_ctx, { params, body }) => {
      const rule = engine.faults.setEnabled(params.id, (body as { enabled: boolean }).enabled);
      if (!rule) throw controlErrors.notFound(`no fault rule ${params.id}`);
      return { status: 200, body: rule };
    },
    removeFault: (_ctx, { params }) => {
      if (!engine.faults.remove(params.id)) throw controlErrors.notFound(`no fault rule ${params.id}`);
      return { status: 204 };
    },
    listScenarios: () => ({
      status: 200,
      body: { data: listScenarios(options.scenarioDir).map((s) => ({ name: s.name, description: s.description })) },
    }),
    loadScenario: (_ctx, { body }) => {
      const b = body as { name?: string; yaml?: string; provider?: string };
      if (b.provider !== undefined && !engine.provider(b.provider))
        throw controlErrors.badRequest(
          `provider ${b.provider} is not running (running: ${engine.providerNames().join(', ')})`,
        );
      let scenario: Scenario;
      if (typeof b.yaml === 'string') scenario = checked(() => parseScenario(b.yaml!, 'yaml'));
      else if (b.name) scenario = checked(() => readNamedScenario(b.name!, options.scenarioDir));
      else
        throw controlErrors.badRequest('send {name: "<shipped or configured scenario>"} or {yaml: "<scenario text>"}');
      // Rules that name no provider apply to the one asked for, else to this port's.
      const added = addScenario(engine, scenario, b.provider ?? provider, b.provider !== undefined);
      return { status: 201, body: { name: scenario.name ?? null, data: added, seed: engine.faults.currentSeed } };
    },

    // --- rate limits -------------------------------------------------------------------------
    getLimits: () => {
      const l = limiter();
      return {
        status: 200,
        body: l ? describeLimits(l.policy) : { enabled: false, default: null, plans: {}, keys: {} },
      };
    },
    setLimits: (_ctx, { body }) => {
      const l = limiter();
      if (!l) throw controlErrors.notFound(`${provider} has no rate limiter`);
      l.policy = checked(() => withSettings(l.policy, body as LimitSettings));
      l.reset();
      return { status: 200, body: describeLimits(l.policy) };
    },
  };
}

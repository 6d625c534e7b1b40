/**
 * Fault injection, all of it: rules that match requests and make them fail or slow down the way
 * real networks and servers do (rules come from the control plane, from scenario files, or from a
 * one-off `x-mailsim-fault` request header), what a decided fault means for the pipeline
 * (`earlyAnswer`), and how a transport spoils the answer (`deliveryOf`).
 *
 * Latency rules stack with the others: every matching latency rule adds its delay, and the first
 * matching rule with any other action decides what happens to the answer. So a "slow sends"
 * scenario and a "flaky 503" scenario can be loaded together.
 */
import { Listeners } from './listeners.js';
import { validateRule } from './fault-rules.js';

export type LatencySpec =
  | number
  | { fixed: number }
  | { uniform: [number, number] }
  | { lognormal: { median: number; sigma: number; max?: number } };

export type FaultAction =
  /** Answer this status in the provider's error envelope (an injected 429 gets full rate-limit headers). */
  | { type: 'status'; status: number; code?: string; message?: string; retryAfter?: number }
  /** Wait before the handler runs (inside the idempotency window), then answer normally. */
  | { type: 'latency'; ms: LatencySpec }
  /** TCP reset. `phase: 'after'` runs the request first, so its side effects happen and the answer is lost. */
  | { type: 'reset'; phase?: 'before' | 'after' }
  /** Never answer. */
  | { type: 'hang' }
  /** Run the request, promise the whole body, send half of it, then close. */
  | { type: 'truncate' }
  /** Run the request and answer a body that is not valid JSON. */
  | { type: 'malformed' };

export interface FaultMatch {
  provider?: string;
  method?: string;
  /** Glob over the request path: `*` matches within a segment, `**` across segments. */
  path?: string;
  /** The contract operation, e.g. `sendMessage`. */
  operationId?: string;
  /** The same as `operationId` (the name scenario files used first). */
  operation?: string;
  header?: Record<string, string>;
  apiKey?: string;
}

export interface FaultRuleInput {
  id?: string;
  name?: string;
  match?: FaultMatch;
  action: FaultAction;
  /** Chance in [0,1] that a matching request is affected (default 1). */
  probability?: number;
  /** Affect only the first N matching requests (after `after`). */
  times?: number;
  /** Skip the first N matching requests. */
  after?: number;
  /** A rule switched off stays listed (with its counters) but matches nothing (default true). */
  enabled?: boolean;
}

export interface FaultRule extends FaultRuleInput {
  id: string;
  matched: number;
  applied: number;
}

export interface FaultRequest {
  provider: string;
  method: string;
  path: string;
  operationId: string | null;
  headers: Record<string, string | string[] | undefined>;
  apiKey: string | null;
}

/**
 * What the pipeline should do to one request. `action` is the deciding action (a latency action
 * when latency is all there is); `latencyMs` is the total delay of every matching latency rule.
 */
export interface FaultPlan {
  label: string;
  action: FaultAction;
  latencyMs?: number;
}

export const FAULT_HEADER = 'x-mailsim-fault';

/** What `malformed` faults answer instead of the real body, on every transport. */
export const MALFORMED_BODY = Buffer.from('{"mailsim-fault": "malformed', 'utf8');

/**
 * What a decided fault means before the request is handled: `drop` (reset or hang: nothing is
 * answered, nothing runs), `answer` (an injected status, rendered by the API), or `proceed` (the
 * request runs; latency, truncate, malformed and reset-after act on the way out).
 */
export type EarlyAnswer =
  | { kind: 'proceed' }
  | { kind: 'drop' }
  | { kind: 'answer'; status: number; code?: string; message?: string; retryAfterSeconds?: number };

export function earlyAnswer(plan: FaultPlan): EarlyAnswer {
  const a = plan.action;
  if ((a.type === 'reset' && a.phase !== 'after') || a.type === 'hang') return { kind: 'drop' };
  if (a.type !== 'status') return { kind: 'proceed' };
  // A 429 without its own Retry-After still tells clients when to come back, as real limiters do.
  const retryAfterSeconds = a.retryAfter ?? (a.status === 429 ? 1 : undefined);
  return {
    kind: 'answer',
    status: a.status,
    ...(a.code !== undefined ? { code: a.code } : {}),
    ...(a.message !== undefined ? { message: a.message } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/**
 * How a transport delivers an answer: `send` these bytes; `reset` the connection (a TCP RST, so
 * clients see ECONNRESET); `hang` (never answer); `truncate` (promise `body`, send `sent`, close).
 */
export type Delivery =
  | { kind: 'send'; body: Buffer }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'truncate'; body: Buffer; sent: Buffer };

export function deliveryOf(out: { body: Buffer; fault: FaultPlan | null }): Delivery {
  switch (out.fault?.action.type) {
    case 'reset':
      return { kind: 'reset' };
    case 'hang':
      return { kind: 'hang' };
    case 'malformed':
      return { kind: 'send', body: MALFORMED_BODY };
    case 'truncate':
      return { kind: 'truncate', body: out.body, sent: out.body.subarray(0, Math.floor(out.body.length / 2)) };
    default:
      return { kind: 'send', body: out.body };
  }
}

/** The one-off header named something mailsim cannot read; the pipeline answers 400. */
export class BadFaultHeader extends Error {}

interface CompiledRule {
  rule: FaultRule;
  path: RegExp | null;
}

export class FaultEngine {
  /** Told after every change to the rules or the seed (not on counter updates). */
  readonly changes = new Listeners<void>();
  private rules: CompiledRule[] = [];
  private baseline: FaultRuleInput[] = [];
  private baselineSeed: number | null = null;
  private seq = 0;
  private random: () => number;
  private seedValue: number | null = null;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  /** Makes probabilities and sampled latencies reproducible; `null` goes back to Math.random. */
  seed(seed: number | null): void {
    this.seedValue = seed;
    this.random = seed === null ? Math.random : mulberry32(seed);
    this.changes.emit();
  }

  get currentSeed(): number | null {
    return this.seedValue;
  }

  add(input: FaultRuleInput): FaultRule {
    const rule = this.insert(input);
    this.changes.emit();
    return rule;
  }

  /** Switches a rule on or off, keeping its place and counters; null when there is no such rule. */
  setEnabled(id: string, enabled: boolean): FaultRule | null {
    const found = this.rules.find((r) => r.rule.id === id);
    if (!found) return null;
    found.rule.enabled = enabled;
    this.changes.emit();
    return { ...found.rule };
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r.rule }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.rule.id !== id);
    if (this.rules.length === before) return false;
    this.changes.emit();
    return true;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
    this.changes.emit();
  }

  /** The start-up state (scenario files, seed): `reset()` brings it back with fresh counters. */
  setBaseline(rules: FaultRuleInput[], seed: number | null): void {
    rules.forEach(validateRule);
    this.baseline = rules.map((r) => ({ ...r }));
    this.baselineSeed = seed;
  }

  /** Back to the start-up state: the baseline rules, counters at zero, the start-up seed. */
  reset(): void {
    this.rules = [];
    for (const r of this.baseline) this.insert(r);
    this.seed(this.baselineSeed);
  }

  /** Cheap pre-check for the hot path: false when no rule exists and the request asks for nothing. */
  wants(headers: Record<string, string | string[] | undefined>): boolean {
    return this.rules.length > 0 || headers[FAULT_HEADER] !== undefined;
  }

  /** The fault to apply to this request, if any: the one-off header first, then rules in order. */
  decide(req: FaultRequest): FaultPlan | null {
    const header = req.headers[FAULT_HEADER];
    if (typeof header === 'string' && header.trim()) {
      const action = parseFaultHeader(header);
      if (!action)
        throw new BadFaultHeader(
          `unreadable ${FAULT_HEADER} header ${JSON.stringify(header)}: ` +
            'use e.g. 503, 429, 503:CODE, latency=2000, reset, reset:after, hang, truncate or malformed',
        );
      return this.plan(action, `header:${header.trim()}`);
    }
    if (this.rules.length === 0) return null;
    let terminal: FaultRule | null = null;
    let latencyMs = 0;
    let latencyLabel: string | null = null;
    for (const c of this.rules) {
      const rule = c.rule;
      if (rule.enabled === false) continue;
      const isLatency = rule.action.type === 'latency';
      if (!isLatency && terminal) continue;
      if (!matches(rule.match, c.path, req)) continue;
      rule.matched++;
      if (rule.after !== undefined && rule.matched <= rule.after) continue;
      if (rule.times !== undefined && rule.applied >= rule.times) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.applied++;
      if (isLatency) {
        latencyMs += sampleLatency((rule.action as { ms: LatencySpec }).ms, this.random);
        latencyLabel = latencyLabel ? `${latencyLabel},${rule.name ?? rule.id}` : (rule.name ?? rule.id);
      } else terminal = rule;
    }
    if (!terminal && latencyLabel === null) return null;
    const label = terminal
      ? latencyLabel
        ? `${latencyLabel},${terminal.name ?? terminal.id}`
        : (terminal.name ?? terminal.id)
      : latencyLabel!;
    const action = terminal ? terminal.action : { type: 'latency' as const, ms: latencyMs };
    return latencyLabel === null ? { label, action } : { label, action, latencyMs };
  }

  private insert(input: FaultRuleInput): FaultRule {
    validateRule(input);
    const id = input.id ?? `fault_${++this.seq}`;
    const rule: FaultRule = { ...input, id, enabled: input.enabled ?? true, matched: 0, applied: 0 };
    const compiled = { rule, path: input.match?.path ? globToRegex(input.match.path) : null };
    this.rules = this.rules.filter((r) => r.rule.id !== rule.id).concat(compiled);
    return { ...rule };
  }

  private plan(action: FaultAction, label: string): FaultPlan {
    return action.type === 'latency'
      ? { label, action, latencyMs: sampleLatency(action.ms, this.random) }
      : { label, action };
  }
}

/** `503`, `503:SERVICE_UNAVAILABLE`, `latency=2000`, `reset`, `reset:after`, `hang`, `truncate`, `malformed`. */
export function parseFaultHeader(value: string): FaultAction | null {
  const v = value.trim();
  const status = /^(\d{3})(?::([A-Za-z0-9_.-]+))?$/.exec(v);
  if (status) {
    const code = Number(status[1]);
    if (code < 100 || code > 599) return null;
    return { type: 'status', status: code, ...(status[2] ? { code: status[2] } : {}) };
  }
  const latency = /^latency=(\d+)$/.exec(v);
  if (latency) return { type: 'latency', ms: Number(latency[1]) };
  if (v === 'reset' || v === 'reset:before') return { type: 'reset' };
  if (v === 'reset:after') return { type: 'reset', phase: 'after' };
  if (v === 'hang' || v === 'truncate' || v === 'malformed') return { type: v };
  return null;
}

export function sampleLatency(spec: LatencySpec, random: () => number): number {
  if (typeof spec === 'number') return spec;
  if ('fixed' in spec) return spec.fixed;
  if ('uniform' in spec) return spec.uniform[0] + random() * (spec.uniform[1] - spec.uniform[0]);
  // Box-Muller for a standard normal, then exp(ln(median) + sigma * z): the median is exact and
  // the tail is long, like real API latency.
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const ms = Math.exp(Math.log(spec.lognormal.median) + spec.lognormal.sigma * z);
  return spec.lognormal.max !== undefined ? Math.min(ms, spec.lognormal.max) : ms;
}

/** A small seeded PRNG (mulberry32): enough for reproducible fault decisions, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matches(m: FaultMatch | undefined, path: RegExp | null, req: FaultRequest): boolean {
  if (!m) return true;
  if (m.provider && m.provider !== req.provider) return false;
  if (m.method && m.method.toUpperCase() !== req.method) return false;
  const operation = m.operationId ?? m.operation;
  if (operation && operation !== req.operationId) return false;
  if (path && !path.test(req.path)) return false;
  if (m.apiKey && m.apiKey !== req.apiKey) return false;
  if (m.header) {
    for (const name in m.header) if (req.headers[name.toLowerCase()] !== m.header[name]) return false;
  }
  return true;
}

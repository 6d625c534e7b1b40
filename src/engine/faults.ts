/**
 * Fault injection: rules that match requests and make them fail or slow down the way real
 * networks and servers do. Rules come from the control plane, from scenario files, or from a
 * one-off `x-mailsim-fault` request header.
 */
export type LatencySpec = number | { fixed: number } | { uniform: [number, number] } | { lognormal: { median: number; sigma: number } };

export type FaultAction =
  | { type: 'status'; status: number; code?: string; message?: string }
  | { type: 'latency'; ms: LatencySpec }
  | { type: 'reset' }
  | { type: 'hang' }
  | { type: 'truncate' }
  | { type: 'malformed' };

export interface FaultMatch {
  provider?: string;
  method?: string;
  /** Glob over the request path: `*` matches within a segment, `**` across segments. */
  path?: string;
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

/** What the pipeline should do to one request. */
export interface FaultPlan {
  label: string;
  action: FaultAction;
  latencyMs?: number;
}

export const FAULT_HEADER = 'x-mailsim-fault';

export class FaultEngine {
  private rules: FaultRule[] = [];
  private seq = 0;
  constructor(private readonly random: () => number = Math.random) {}

  add(input: FaultRuleInput): FaultRule {
    validateRule(input);
    const rule: FaultRule = { ...input, id: input.id ?? `fault_${++this.seq}`, matched: 0, applied: 0 };
    this.rules = this.rules.filter((r) => r.id !== rule.id).concat(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault to apply to this request, if any: the one-off header first, then rules in order. */
  decide(req: FaultRequest): FaultPlan | null {
    const header = req.headers[FAULT_HEADER];
    if (typeof header === 'string' && header.trim()) {
      const action = parseFaultHeader(header);
      if (action) return this.plan(action, `header:${header.trim()}`);
    }
    for (const rule of this.rules) {
      if (!matches(rule.match ?? {}, req)) continue;
      rule.matched++;
      if (rule.after !== undefined && rule.matched <= rule.after) continue;
      if (rule.times !== undefined && rule.applied >= rule.times) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.applied++;
      return this.plan(rule.action, rule.name ?? rule.id);
    }
    return null;
  }

  private plan(action: FaultAction, label: string): FaultPlan {
    return action.type === 'latency' ? { label, action, latencyMs: sampleLatency(action.ms, this.random) } : { label, action };
  }
}

/** `503`, `503:SERVICE_UNAVAILABLE`, `latency=2000`, `reset`, `hang`, `truncate`, `malformed`. */
export function parseFaultHeader(value: string): FaultAction | null {
  const v = value.trim();
  const status = /^(\d{3})(?::([A-Za-z0-9_.-]+))?$/.exec(v);
  if (status) return { type: 'status', status: Number(status[1]), ...(status[2] ? { code: status[2] } : {}) };
  const latency = /^latency=(\d+)$/.exec(v);
  if (latency) return { type: 'latency', ms: Number(latency[1]) };
  if (v === 'reset' || v === 'hang' || v === 'truncate' || v === 'malformed') return { type: v };
  return null;
}

export function sampleLatency(spec: LatencySpec, random: () => number): number {
  if (typeof spec === 'number') return spec;
  if ('fixed' in spec) return spec.fixed;
  if ('uniform' in spec) return spec.uniform[0] + random() * (spec.uniform[1] - spec.uniform[0]);
  // Box-Muller for a standard normal, then exp(ln(median) + sigma * z).
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.exp(Math.log(spec.lognormal.median) + spec.lognormal.sigma * z);
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; }
    else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matches(m: FaultMatch, req: FaultRequest): boolean {
  if (m.provider && m.provider !== req.provider) return false;
  if (m.method && m.method.toUpperCase() !== req.method) return false;
  if (m.operation && m.operation !== req.operationId) return false;
  if (m.path && !globToRegex(m.path).test(req.path)) return false;
  if (m.apiKey && m.apiKey !== req.apiKey) return false;
  for (const [name, value] of Object.entries(m.header ?? {})) {
    if (req.headers[name.toLowerCase()] !== value) return false;
  }
  return true;
}

export function validateRule(input: FaultRuleInput): void {
  const a = input?.action as FaultAction | undefined;
  if (!a || typeof a !== 'object') throw new TypeError('fault rule needs an action');
  if (a.type === 'status') {
    if (!Number.isInteger(a.status) || a.status < 100 || a.status > 599) throw new TypeError('status action needs an HTTP status 100-599');
  } else if (a.type === 'latency') {
    if (a.ms === undefined) throw new TypeError('latency action needs ms');
  } else if (!['reset', 'hang', 'truncate', 'malformed'].includes((a as { type: string }).type)) {
    throw new TypeError(`unknown fault action type ${JSON.stringify((a as { type: string }).type)}`);
  }
  if (input.probability !== undefined && !(input.probability >= 0 && input.probability <= 1)) throw new TypeError('probability must be within [0,1]');
  for (const k of ['times', 'after'] as const) {
    const v = input[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) throw new TypeError(`${k} must be a non-negative integer`);
  }
}

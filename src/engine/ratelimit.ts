/**
 * Request rate limiting, driven by a provider policy given as data.
 *
 * Windows are fixed and start at a bucket's first request, as @fastify/rate-limit's default store
 * does; they are measured on the engine clock, so advancing time opens a new window. A caller
 * counts in its account's bucket (or its client address for public calls), unless its own key has a
 * rule, in which case that key gets a bucket of its own.
 */
import { parseDuration } from './clock.js';
import type { MailsimError } from './errors.js';
import type { Exchange } from './exchange.js';
import { fail } from './outcomes.js';
import { credentialOf } from './request-parts.js';

export interface LimitRule {
  max: number;
  windowMs: number;
}

/** How users write a rule: `"100/60s"`, `"5/1m"`, `"10/s"`, `{max, windowMs}` or `{max, window: "60s"}`. */
export type LimitSpec = string | LimitRule | { max: number; window: string | number };

/** Limit settings as given by the config file, env, CLI or `PUT /_mailsim/limits`. */
export interface LimitSettings {
  enabled?: boolean;
  default?: LimitSpec;
  /** Overrides by the principal's plan. */
  plans?: Record<string, LimitSpec>;
  /** Overrides by API key: the key itself or the provider's credential id. */
  keys?: Record<string, LimitSpec>;
}

export interface RateLimitPolicy {
  enabled: boolean;
  default: LimitRule;
  plans?: Record<string, LimitRule>;
  keys?: Record<string, LimitRule>;
  /** Header names; reset is "seconds until the window resets". */
  headers: { limit: string; remaining: string; reset: string; retryAfter: string };
  /** Statuses whose responses carry no rate-limit headers (e.g. a 401, on an API that counts before auth fails). */
  omitHeadersOn: number[];
  /** Operation ids the limiter applies to; absent means all. */
  operations?: string[];
  /** What a caller is counted by: its account (falling back to client IP), or always its IP. */
  keyBy?: 'tenant-or-ip' | 'ip';
  /**
   * `fixed`: a window opens at a bucket's first request (@fastify/rate-limit, express-rate-limit).
   * `sliding`: a log of the requests within the last window (a Redis sorted-set limiter).
   */
  algorithm?: 'fixed' | 'sliding';
  /** Whether a rejected request still counts (fixed windows count it; sliding logs do not). */
  countRejected?: boolean;
  /** Plans the limiter skips entirely, sending no headers (e.g. enterprise tiers). */
  skipPlans?: string[];
  /** This limiter's own 429 (when an API's limiters answer differently); default: the rate_limited outcome. */
  error?: (retryAfterSeconds: number, state: LimitState) => MailsimError;
  /**
   * Sliding logs only: further windows over the same log (e.g. 15 per 10 s and also 50 per 60 s);
   * a request is limited when any window is full. Headers and Retry-After follow the first window.
   */
  extraWindows?: LimitRule[];
  /**
   * Replaces the default headers (`headers` names: limit, remaining, seconds to reset, and
   * retry-after on a 429), e.g. for an absolute reset time, a policy header, or no headers at all.
   */
  formatHeaders?: (state: LimitState) => Record<string, string>;
}

/** What a limiter knows once it counted a request (for `formatHeaders` and `error`). */
export interface LimitState {
  limited: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (fixed) or its oldest counted request leaves it (sliding). */
  resetSeconds: number;
  windowMs: number;
  nowMs: number;
  /** Every window with its count, this request included when it was counted. */
  windows: { max: number; windowMs: number; count: number; exceeded: boolean }[];
}

export interface RateLimitVerdict {
  limited: boolean;
  retryAfterSeconds: number;
  headers: Record<string, string>;
  state: LimitState;
}

/** Who is asking, as far as the limiter cares. */
export interface LimitSubject {
  tenant: string | null;
  plan: string | undefined;
  credentialId: string | undefined;
  /** The raw credential (API key) the request carried, so users can configure limits by key. */
  credential: string | null;
  clientIp: string;
}

interface Window {
  startMs: number;
  count: number;
  /** Times of the counted requests, for sliding windows. */
  log?: number[];
}

const MAX_WINDOWS = 100_000;

export class RateLimiter {
  private windows = new Map<string, Window>();
  private baseline: RateLimitPolicy;

  constructor(public policy: RateLimitPolicy) {
    this.baseline = policy;
  }

  /** Makes the current policy the one `restore()` goes back to (the configured start-up state). */
  markBaseline(): void {
    this.baseline = this.policy;
  }

  /** Back to the configured policy with every window empty. */
  restore(): void {
    this.policy = this.baseline;
    this.reset();
  }

  applies(operationId: string, plan?: string): boolean {
    const p = this.policy;
    return (
      p.enabled &&
      (!p.operations || p.operations.includes(operationId)) &&
      !(plan !== undefined && p.skipPlans?.includes(plan))
    );
  }

  /** Counts one request from `subject` at `nowMs` and says whether it is over the limit. */
  check(subject: LimitSubject, nowMs: number): RateLimitVerdict {
    const p = this.policy;
    let rule: LimitRule | undefined;
    let bucket: string;
    if (
      p.keys &&
      ((subject.credentialId && (rule = p.keys[subject.credentialId])) ||
        (subject.credential && (rule = p.keys[subject.credential])))
    ) {
      bucket = `k:${subject.credentialId ?? subject.credential}`;
    } else {
      rule = (subject.plan !== undefined && p.plans?.[subject.plan]) || p.default;
      bucket = subject.tenant !== null && p.keyBy !== 'ip' ? `t:${subject.tenant}` : `ip:${subject.clientIp}`;
    }
    return p.algorithm === 'sliding' ? this.slide(bucket, nowMs, rule!) : this.hit(bucket, nowMs, rule!);
  }

  /** Counts one request for `bucket` under `rule`. */
  hit(bucket: string, nowMs: number, rule: LimitRule): RateLimitVerdict {
    let w = this.windows.get(bucket);
    // A clock set backwards also opens a new window, so no window outlives its own start.
    if (!w || nowMs >= w.startMs + rule.windowMs || nowMs < w.startMs) {
      if (!w && this.windows.size >= MAX_WINDOWS) this.prune(nowMs);
      w = { startMs: nowMs, count: 0 };
      this.windows.set(bucket, w);
    }
    w.count++;
    const resetSeconds = Math.max(0, Math.ceil((w.startMs + rule.windowMs - nowMs) / 1000));
    const limited = w.count > rule.max;
    const state: LimitState = {
      limited,
      limit: rule.max,
      remaining: limited ? 0 : rule.max - w.count,
      resetSeconds,
      windowMs: rule.windowMs,
      nowMs,
      windows: [{ max: rule.max, windowMs: rule.windowMs, count: w.count, exceeded: limited }],
    };
    return { limited, retryAfterSeconds: resetSeconds, headers: this.headersFor(state), state };
  }

  /** Counts one request in a sliding log: only requests within the last window count. */
  slide(bucket: string, nowMs: number, rule: LimitRule): RateLimitVerdict {
    let w = this.windows.get(bucket);
    if (!w) {
      if (this.windows.size >= MAX_WINDOWS) this.prune(nowMs);
      w = { startMs: nowMs, count: 0, log: [] };
      this.windows.set(bucket, w);
    }
    const log = (w.log ??= []);
    const rules = [rule, ...(this.policy.extraWindows ?? [])];
    const longest = Math.max(...rules.map((r) => r.windowMs));
    while (log.length && (log[0]! <= nowMs - longest || log[0]! > nowMs)) log.shift();
    const inWindow = (r: LimitRule): number => log.reduce((n, t) => (t > nowMs - r.windowMs ? n + 1 : n), 0);
    const exceeded = rules.map((r) => inWindow(r) >= r.max);
    const limited = exceeded.some(Boolean);
    if (!limited || this.policy.countRejected) log.push(nowMs);
    w.startMs = log[0] ?? nowMs;
    w.count = log.length;
    const counted = inWindow(rule);
    const oldest = log.find((t) => t > nowMs - rule.windowMs) ?? nowMs;
    const resetSeconds = Math.max(1, Math.ceil((oldest + rule.windowMs - nowMs) / 1000));
    const state: LimitState = {
      limited,
      limit: rule.max,
      remaining: Math.max(0, rule.max - counted),
      resetSeconds,
      windowMs: rule.windowMs,
      nowMs,
      windows: rules.map((r, i) => ({ max: r.max, windowMs: r.windowMs, count: inWindow(r), exceeded: exceeded[i]! })),
    };
    return { limited, retryAfterSeconds: resetSeconds, headers: this.headersFor(state), state };
  }

  /** The policy's own headers, or the default set named by `headers`. */
  private headersFor(state: LimitState): Record<string, string> {
    if (this.policy.formatHeaders) return this.policy.formatHeaders(state);
    const h = this.policy.headers;
    const headers: Record<string, string> = {
      [h.limit]: String(state.limit),
      [h.remaining]: String(state.remaining),
      [h.reset]: String(state.resetSeconds),
    };
    if (state.limited) headers[h.retryAfter] = String(state.resetSeconds);
    return headers;
  }

  /** Full headers for an injected 429, as if the caller's window were exhausted. */
  exhaustedHeaders(retryAfterSeconds: number, nowMs: number): Record<string, string> {
    const p = this.policy;
    // The policy's own formatter, when it has one, on the state of a window just used up.
    return this.headersFor({
      limited: true,
      limit: p.default.max,
      remaining: 0,
      resetSeconds: retryAfterSeconds,
      windowMs: p.default.windowMs,
      nowMs,
      windows: [{ max: p.default.max, windowMs: p.default.windowMs, count: p.default.max + 1, exceeded: true }],
    });
  }

  /** Empties one account's window (`t:<tenant>`), leaving every other caller's count alone. */
  resetTenant(tenant: string): void {
    this.windows.delete(`t:${tenant}`);
  }

  /** Empties every window (the policy stays). */
  reset(): void {
    this.windows = new Map();
  }

  private prune(nowMs: number): void {
    const longest = Math.max(
      this.policy.default.windowMs,
      ...Object.values(this.policy.plans ?? {}).map((r) => r.windowMs),
      ...Object.values(this.policy.keys ?? {}).map((r) => r.windowMs),
      ...(this.policy.extraWindows ?? []).map((r) => r.windowMs),
    );
    for (const [k, w] of this.windows) if (nowMs >= w.startMs + longest || nowMs < w.startMs) this.windows.delete(k);
    // Still full of live windows: drop the oldest half rather than grow without bound.
    if (this.windows.size >= MAX_WINDOWS) {
      let drop = this.windows.size / 2;
      for (const k of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(k);
      }
    }
  }
}

/** Parses one limit as users write it; throws a RangeError that names the mistake. */
export function parseLimit(spec: LimitSpec, name = 'limit'): LimitRule {
  let max: unknown;
  let windowMs: unknown;
  if (typeof spec === 'string') {
    const m = /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(spec);
    if (!m)
      throw new RangeError(`${name}: ${JSON.stringify(spec)} is not a limit (write e.g. "100/60s", "5/1m" or "10/s")`);
    max = Number(m[1]);
    const w = m[2]!;
    try {
      windowMs = parseDuration(/^(ms|s|m|h|d)$/.test(w) ? `1${w}` : w);
    } catch (e) {
      throw new RangeError(`${name}: ${(e as Error).message}`);
    }
  } else if (spec && typeof spec === 'object') {
    max = spec.max;
    if ('windowMs' in spec) windowMs = spec.windowMs;
    else if ('window' in spec) {
      try {
        windowMs = parseDuration(spec.window);
      } catch (e) {
        throw new RangeError(`${name}: ${(e as Error).message}`);
      }
    }
  } else throw new RangeError(`${name}: a limit is a string like "100/60s" or {max, windowMs}`);
  if (!Number.isInteger(max) || (max as number) < 0) throw new RangeError(`${name}: max must be an integer >= 0`);
  if (!Number.isInteger(windowMs) || (windowMs as number) < 1)
    throw new RangeError(`${name}: the window must be at least 1 ms`);
  return { max: max as number, windowMs: windowMs as number };
}

/** A new policy with `settings` applied on top of `policy` (validated first, so a bad input changes nothing). */
export function withSettings(policy: RateLimitPolicy, settings: LimitSettings): RateLimitPolicy {
  if (!settings || typeof settings !== 'object') throw new RangeError('limit settings must be an object');
  if (settings.enabled !== undefined && typeof settings.enabled !== 'boolean')
    throw new RangeError('enabled must be true or false');
  const rules = (group: Record<string, LimitSpec> | undefined, name: string): Record<string, LimitRule> | undefined => {
    if (group === undefined) return undefined;
    if (!group || typeof group !== 'object' || Array.isArray(group))
      throw new RangeError(`${name} must be an object of limits`);
    return Object.fromEntries(Object.entries(group).map(([k, v]) => [k, parseLimit(v, `${name}.${k}`)]));
  };
  const next: RateLimitPolicy = { ...policy };
  if (settings.enabled !== undefined) next.enabled = settings.enabled;
  if (settings.default !== undefined) next.default = parseLimit(settings.default, 'default');
  const plans = rules(settings.plans, 'plans');
  const keys = rules(settings.keys, 'keys');
  if (plans) next.plans = plans;
  if (keys) next.keys = keys;
  return next;
}

/** The policy as the control plane shows it. */
export function describeLimits(policy: RateLimitPolicy): {
  enabled: boolean;
  default: LimitRule;
  plans: Record<string, LimitRule>;
  keys: Record<string, LimitRule>;
} {
  return { enabled: policy.enabled, default: policy.default, plans: policy.plans ?? {}, keys: policy.keys ?? {} };
}

/**
 * Pipeline stage: every limiter that covers the operation counts the request, and all their
 * headers go on the answer; the first limiter over its limit refuses it.
 */
export function countRequest(limiters: readonly RateLimiter[], x: Exchange): void {
  const operationId = x.op!.id;
  const principal = x.principal;
  for (const limiter of limiters) {
    if (!limiter.applies(operationId, principal?.plan)) continue;
    const policy = limiter.policy;
    const verdict = limiter.check(
      {
        tenant: principal?.tenant ?? null,
        plan: principal?.plan,
        credentialId: principal?.credentialId,
        credential: policy.keys ? credentialOf(x.headers) : null,
        clientIp: x.clientIp,
      },
      x.now.getTime(),
    );
    x.addRateHeaders(verdict.headers, policy.omitHeadersOn);
    if (verdict.limited) {
      throw (
        policy.error?.(verdict.retryAfterSeconds, verdict.state) ??
        fail({ kind: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds, policy, state: verdict.state })
      );
    }
  }
}

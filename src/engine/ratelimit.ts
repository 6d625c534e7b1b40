/**
 * Request rate limiting, driven by a provider policy given as data.
 *
 * Windows are fixed and start at a key's first request, as @fastify/rate-limit's default store
 * does; they are measured on the engine clock, so advancing time opens a new window.
 */
export interface LimitRule {
  max: number;
  windowMs: number;
}

export interface RateLimitPolicy {
  enabled: boolean;
  default: LimitRule;
  /** Overrides by the principal's plan. */
  plans?: Record<string, LimitRule>;
  /** Overrides by credential id (most specific). */
  keys?: Record<string, LimitRule>;
  /** Header names; reset is "seconds until the window resets". */
  headers: { limit: string; remaining: string; reset: string; retryAfter: string };
  /** Statuses whose responses carry no rate-limit headers (AgentSend: 401). */
  omitHeadersOn: number[];
  /** Operation ids the limiter applies to; absent means all. */
  operations?: string[];
  message(retryAfterSeconds: number): string;
}

export interface RateLimitVerdict {
  limited: boolean;
  retryAfterSeconds: number;
  headers: Record<string, string>;
}

interface Window {
  startMs: number;
  count: number;
  rule: LimitRule;
}

export class RateLimiter {
  private windows = new Map<string, Window>();
  constructor(public policy: RateLimitPolicy) {}

  ruleFor(plan: string | undefined, credentialId: string | undefined): LimitRule {
    return (credentialId && this.policy.keys?.[credentialId]) || (plan && this.policy.plans?.[plan]) || this.policy.default;
  }

  /** Counts one request for `key` at `nowMs` and says whether it is over the limit. */
  hit(key: string, nowMs: number, rule: LimitRule): RateLimitVerdict {
    let w = this.windows.get(key);
    if (!w || nowMs >= w.startMs + w.rule.windowMs || w.rule !== rule) {
      w = { startMs: nowMs, count: 0, rule };
      this.windows.set(key, w);
      if (this.windows.size > 100_000) this.prune(nowMs);
    }
    w.count++;
    const resetSeconds = Math.max(0, Math.ceil((w.startMs + rule.windowMs - nowMs) / 1000));
    const limited = w.count > rule.max;
    const h = this.policy.headers;
    const headers: Record<string, string> = {
      [h.limit]: String(rule.max),
      [h.remaining]: String(Math.max(0, rule.max - w.count)),
      [h.reset]: String(resetSeconds),
    };
    if (limited) headers[h.retryAfter] = String(resetSeconds);
    return { limited, retryAfterSeconds: resetSeconds, headers };
  }

  /** Full headers for an injected 429, as if the window were exhausted. */
  exhaustedHeaders(rule: LimitRule, retryAfterSeconds: number): Record<string, string> {
    const h = this.policy.headers;
    return { [h.limit]: String(rule.max), [h.remaining]: '0', [h.reset]: String(retryAfterSeconds), [h.retryAfter]: String(retryAfterSeconds) };
  }

  reset(): void {
    this.windows = new Map();
  }

  private prune(nowMs: number): void {
    for (const [k, w] of this.windows) if (nowMs >= w.startMs + w.rule.windowMs) this.windows.delete(k);
  }
}

/**
 * Checks a fault rule as a client wrote it (a control-plane body, a scenario file) before the fault
 * engine compiles it, so a mistyped rule is a 400 that names the field instead of a rule that
 * matches everything.
 */
import type { FaultAction, FaultRuleInput } from './faults.js';

function validLatency(ms: unknown): boolean {
  const nonNeg = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (nonNeg(ms)) return true;
  if (!ms || typeof ms !== 'object') return false;
  const s = ms as Record<string, any>;
  if ('fixed' in s) return nonNeg(s.fixed);
  if ('uniform' in s)
    return (
      Array.isArray(s.uniform) &&
      s.uniform.length === 2 &&
      nonNeg(s.uniform[0]) &&
      nonNeg(s.uniform[1]) &&
      s.uniform[0] <= s.uniform[1]
    );
  if ('lognormal' in s)
    return (
      !!s.lognormal &&
      s.lognormal.median > 0 &&
      nonNeg(s.lognormal.sigma) &&
      (s.lognormal.max === undefined || nonNeg(s.lognormal.max))
    );
  return false;
}

export function validateRule(input: FaultRuleInput): void {
  if (!input || typeof input !== 'object') throw new TypeError('a fault rule must be an object');
  const a = input.action as FaultAction | undefined;
  if (!a || typeof a !== 'object') throw new TypeError('fault rule needs an action');
  if (a.type === 'status') {
    if (!Number.isInteger(a.status) || a.status < 100 || a.status > 599)
      throw new TypeError('status action needs an HTTP status 100-599');
    if (a.retryAfter !== undefined && !(Number.isInteger(a.retryAfter) && a.retryAfter >= 0))
      throw new TypeError('retryAfter must be a non-negative integer of seconds');
  } else if (a.type === 'latency') {
    if (!validLatency(a.ms))
      throw new TypeError(
        'latency action needs ms: a number, {fixed}, {uniform: [min, max]} or {lognormal: {median, sigma, max?}}',
      );
  } else if (a.type === 'reset') {
    if (a.phase !== undefined && a.phase !== 'before' && a.phase !== 'after')
      throw new TypeError('reset phase must be "before" or "after"');
  } else if (!['hang', 'truncate', 'malformed'].includes((a as { type: string }).type)) {
    const type = JSON.stringify((a as { type: string }).type);
    throw new TypeError(`unknown fault action type ${type} (status, latency, reset, hang, truncate, malformed)`);
  }
  if (input.match !== undefined && (typeof input.match !== 'object' || input.match === null))
    throw new TypeError('match must be an object');
  if (
    input.probability !== undefined &&
    !(typeof input.probability === 'number' && input.probability >= 0 && input.probability <= 1)
  )
    throw new TypeError('probability must be within [0,1]');
  if (input.enabled !== undefined && typeof input.enabled !== 'boolean') {
    throw new TypeError('enabled must be true or false');
  }
  for (const k of ['times', 'after'] as const) {
    const v = input[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) throw new TypeError(`${k} must be a non-negative integer`);
  }
}

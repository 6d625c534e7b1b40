// The answers the engine itself can make for one operation (src/engine/outcomes.ts), as sample
// outcomes a provider renders. Shared by test/core/engine-outcomes-declared.test.ts, which checks
// each rendering against the contract, and engine-responses.mjs, which declares missing ones.
// `resolve(schema)` follows a `$ref`. `applies(def, op)` answers {limited, idempotent}: whether a rate limiter that answers with the
// engine's rate_limited outcome (one without an `error` of its own) covers the operation, and
// whether Idempotency-Keys apply to it.

/** @returns {object[]} outcomes, each with a `kind` (see EngineOutcome) */
export function engineOutcomesFor(def, op, applies, resolve = (schema) => schema) {
  const { limited, idempotent } = applies(def, op);
  const state = { limited: true, limit: 1, remaining: 0, resetSeconds: 30, windowMs: 60_000, nowMs: 0, windows: [] };
  const outcomes = [
    // Any request may carry a body that does not parse, or too large a body (a GET too).
    { kind: 'malformed_body', format: 'json', syntax: 'Unexpected token } in JSON at position 1' },
    { kind: 'payload_too_large', limitBytes: def.bodyLimits.json },
    { kind: 'internal' },
    {
      kind: 'contract_violation',
      operationId: op.id,
      status: 200,
      violations: [{ pointer: '/id', message: 'must be string' }],
    },
  ];
  // The contract refuses a request only where it constrains something: a body, a required or typed parameter.
  if (op.bodyContentTypes.length > 0 || op.parameters.some((p) => constrains(p, resolve)))
    outcomes.push({ kind: 'invalid_request', details: { field: ['must be string'] } });
  if (op.bodyContentTypes.length > 0) outcomes.push({ kind: 'unsupported_media_type', expected: op.bodyContentTypes });
  if (op.bodyContentTypes.some((t) => t.startsWith('multipart/')))
    outcomes.push({ kind: 'malformed_body', format: 'multipart', syntax: 'Unexpected end of form' });
  if (!op.isPublic) outcomes.push({ kind: 'unauthenticated' });
  if (limited) {
    const policy = def.rateLimit ?? def.extraRateLimits?.[0];
    outcomes.push({ kind: 'rate_limited', retryAfterSeconds: 30, policy, state });
  }
  if (idempotent) {
    outcomes.push({ kind: 'idempotency_in_use', header: def.idempotency.header });
    if (def.idempotency.compareRequest) outcomes.push({ kind: 'idempotency_mismatch', header: def.idempotency.header });
  }
  return outcomes;
}

const FREE_STRING_KEYS = new Set(['type', 'description', 'example', 'examples', 'title', 'default']);

/** Whether a parameter can fail validation: required (outside the path), or a schema stricter than any string. */
function constrains(p, resolve) {
  if (p.in !== 'path' && p.required) return true;
  const schema = { ...(resolve(p.schema ?? {}) ?? {}) };
  // A path segment is never empty, so `minLength: 1` on a path parameter refuses nothing.
  if (p.in === 'path' && schema.minLength === 1) delete schema.minLength;
  // Any string, or (a name given twice, as Express reads it) any list of strings.
  const stringsToo =
    Array.isArray(schema.type) &&
    schema.type.length === 2 &&
    schema.type.includes('string') &&
    schema.type.includes('array') &&
    Object.keys(schema.items ?? {}).every((k) => FREE_STRING_KEYS.has(k)) &&
    [undefined, 'string'].includes(schema.items?.type);
  return !(
    (schema.type === undefined || schema.type === 'string' || stringsToo) &&
    Object.keys(schema).every((k) => FREE_STRING_KEYS.has(k) || (stringsToo && k === 'items'))
  );
}

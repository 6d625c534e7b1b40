/**
 * What the fuzzer sends, as plain data fast-check can generate and shrink: the ids put in the path,
 * the query pairs, the body (valid from the contract, mutated, random JSON, truncated, oversized,
 * multipart, wrong type), odd headers and the credentials. `render` turns a case into the exact
 * bytes of a request; `describeCase` prints it so a failure can be replayed by hand.
 */
import type fcType from 'fast-check';
import type { Operation } from '../../engine/contract.js';
import type { RawRequest } from './raw-http.js';

type Fc = typeof fcType;

export interface PathId {
  text: string;
  /** Sent as raw UTF-8 bytes, not percent-encoded (a request line node's parser may refuse). */
  raw: boolean;
}

export type BodyCase =
  | { kind: 'none' }
  | { kind: 'valid'; mutation: 'none' | 'drop-first' | 'wrong-types' | 'extra-prototype-keys' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string; type: string }
  | { kind: 'truncated'; keep: number }
  | { kind: 'oversized' }
  | { kind: 'multipart'; fields: [string, string][]; file: boolean; truncated: boolean };

export interface FuzzCase {
  ids: PathId[];
  query: [string, string][];
  body: BodyCase;
  headers: [string, string][];
  auth: 'key' | 'none' | 'wrong';
  chunked: boolean;
}

/** What the case generator needs to know about the API under test. */
export interface CaseContext {
  /** Real ids of seeded resources, so requests also reach handlers past their 404 checks. */
  seededIds: readonly string[];
  /** A valid body for the operation (from the contract), or undefined when it takes none. */
  validBody: (op: Operation) => unknown;
  /** Credentials to send: header name and value. */
  credentials: readonly [string, string][];
  /** Headers every request carries (an API version header, say). */
  baseHeaders?: readonly [string, string][];
}

export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'];
/** A JSON body just over the 1 MiB limit most APIs (and mailsim) set. */
const OVERSIZED_BYTES = 1024 * 1024 + 512;
const BOUNDARY = 'mailsimfuzzboundary';

export function caseArbitrary(fc: Fc, op: Operation, ctx: CaseContext): fcType.Arbitrary<FuzzCase> {
  const text = fc.string({ maxLength: 24, unit: 'grapheme' });
  const pathId: fcType.Arbitrary<PathId> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ctx.seededIds, 'x').map((t) => ({ text: t, raw: false })) },
    { weight: 2, arbitrary: fc.uuid().map((t) => ({ text: t, raw: false })) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('0', '-1', '..', '%00', 'null', 'x'.repeat(300), ...PROTOTYPE_NAMES)
        .map((t) => ({ text: t, raw: false })),
    },
    { weight: 1, arbitrary: text.filter((t) => t.length > 0).map((t) => ({ text: t, raw: false })) },
    { weight: 1, arbitrary: fc.constantFrom('ö', 'ü-✓', '日本').map((t) => ({ text: t, raw: true })) },
  );
  const declaredQuery = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const queryName = fc.oneof(
    ...(declaredQuery.length ? [{ weight: 4, arbitrary: fc.constantFrom(...declaredQuery) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES, 'limit', 'offset', 'cursor') },
    { weight: 1, arbitrary: text },
  );
  const queryValue = fc.oneof(
    fc.constantFrom('', '1', '0', '-1', '1e309', 'true', 'null', '[]', '{}', 'constructor', 'x'.repeat(2000)),
    fc.integer().map(String),
    text,
  );
  const takesBody = op.method !== 'GET' && op.method !== 'HEAD';
  const body: fcType.Arbitrary<BodyCase> = fc.oneof(
    { weight: takesBody ? 4 : 1, arbitrary: fc.constant<BodyCase>({ kind: 'none' }) },
    {
      weight: takesBody ? 6 : 1,
      arbitrary: fc
        .constantFrom('none', 'drop-first', 'wrong-types', 'extra-prototype-keys' as const)
        .map((mutation) => ({ kind: 'valid', mutation }) as BodyCase),
    },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json', value }) as BodyCase) },
    {
      weight: 1,
      arbitrary: fc
        .record({ text, type: fc.constantFrom('text/plain', 'application/xml', 'application/json', '') })
        .map((t) => ({ kind: 'text', ...t }) as BodyCase),
    },
    { weight: 2, arbitrary: fc.nat(200).map((keep) => ({ kind: 'truncated', keep }) as BodyCase) },
    { weight: 1, arbitrary: fc.constant<BodyCase>({ kind: 'oversized' }) },
    {
      weight: 2,
      arbitrary: fc
        .record({
          fields: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, 'purpose', 'name'), text), text), {
            maxLength: 3,
          }),
          file: fc.boolean(),
          truncated: fc.boolean(),
        })
        .map((m) => ({ kind: 'multipart', ...m }) as BodyCase),
    },
  );
  const oddHeader = fc.constantFrom<[string, string]>(
    ['Accept', 'text/html'],
    ['Accept-Encoding', 'gzip, br'],
    ['X-Forwarded-For', 'not-an-address'],
    ['X-Request-Id', 'x'.repeat(4000)],
    ['Idempotency-Key', 'k'.repeat(300)],
    ['Idempotency-Key', ''],
    ['Content-Encoding', 'gzip'],
    ['Expect', '100-continue'],
    ['Origin', 'http://evil.example'],
    ['Cookie', 'session=constructor'],
    ['Authorization', 'Basic Og=='],
  );
  return fc.record({
    ids: fc.array(pathId, { minLength: op.paramNames.length, maxLength: op.paramNames.length }),
    query: fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 }),
    body,
    headers: fc.array(oddHeader, { maxLength: 2 }),
    auth: fc.constantFrom<'key' | 'none' | 'wrong'>('key', 'key', 'key', 'key', 'none', 'wrong'),
    chunked: fc.boolean(),
  });
}

function mutate(value: unknown, mutation: string): unknown {
  if (mutation === 'none' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (mutation === 'drop-first') return Object.fromEntries(entries.slice(1));
  if (mutation === 'wrong-types')
    return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'string' ? 42 : 'x']));
  const out = { ...(value as Record<string, unknown>) };
  for (const name of PROTOTYPE_NAMES) Object.defineProperty(out, name, { value: {}, enumerable: true, writable: true });
  return out;
}

function multipart(m: Extract<BodyCase, { kind: 'multipart' }>): Buffer {
  const parts = m.fields.map(
    ([name, value]) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '_')}"\r\n\r\n${value}\r\n`,
  );
  if (m.file)
    parts.push(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n` +
        'Content-Type: text/plain\r\n\r\nhello\r\n',
    );
  const whole = `${parts.join('')}--${BOUNDARY}--\r\n`;
  return Buffer.from(m.truncated ? whole.slice(0, Math.max(8, Math.floor(whole.length / 2))) : whole);
}

/** The body bytes and content type of a case. */
function bodyOf(op: Operation, b: BodyCase, ctx: CaseContext): { bytes: Buffer; type: string | null } {
  const json = (v: unknown) => ({ bytes: Buffer.from(JSON.stringify(v) ?? 'null'), type: 'application/json' });
  switch (b.kind) {
    case 'none':
      return { bytes: Buffer.alloc(0), type: null };
    case 'valid':
      return json(mutate(ctx.validBody(op) ?? {}, b.mutation));
    case 'json':
      return json(b.value);
    case 'text':
      return { bytes: Buffer.from(b.text), type: b.type || null };
    case 'truncated': {
      const whole = JSON.stringify(ctx.validBody(op) ?? { a: [1, 2, 3] });
      return { bytes: Buffer.from(whole.slice(0, Math.min(b.keep, whole.length - 1))), type: 'application/json' };
    }
    case 'oversized':
      return { bytes: Buffer.from(`{"x":"${'a'.repeat(OVERSIZED_BYTES)}"}`), type: 'application/json' };
    case 'multipart':
      return { bytes: multipart(b), type: `multipart/form-data; boundary=${BOUNDARY}` };
  }
}

function chunk(bytes: Buffer): Buffer {
  if (bytes.length === 0) return Buffer.from('0\r\n\r\n');
  return Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n0\r\n\r\n')]);
}

/** The request a case stands for, byte for byte. */
export function render(op: Operation, c: FuzzCase, ctx: CaseContext): RawRequest {
  let i = 0;
  const path = op.path.replace(/\{[^}]+\}/g, () => {
    const id = c.ids[i++] ?? { text: 'x', raw: false };
    return id.raw ? id.text : encodeURIComponent(id.text);
  });
  const qs = c.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const { bytes, type } = bodyOf(op, c.body, ctx);
  const headers: [string, string][] = [...(ctx.baseHeaders ?? [])];
  if (c.auth === 'key') headers.push(...ctx.credentials);
  if (c.auth === 'wrong') headers.push(...ctx.credentials.map(([k, v]) => [k, `${v}wrong`] as [string, string]));
  if (type) headers.push(['Content-Type', type]);
  headers.push(...c.headers);
  const sendsBody = bytes.length > 0 || c.chunked;
  if (sendsBody && c.chunked) headers.push(['Transfer-Encoding', 'chunked']);
  else if (sendsBody) headers.push(['Content-Length', String(bytes.length)]);
  return {
    method: op.method,
    target: Buffer.from(qs ? `${path}?${qs}` : path),
    headers,
    body: sendsBody && c.chunked ? chunk(bytes) : bytes,
  };
}

/** A case as a person reads it: the request line, headers and the start of the body. */
export function describeRequest(req: RawRequest): string {
  const head = req.headers.map(([k, v]) => `${k}: ${String(v).slice(0, 120)}`).join('\n  ');
  const body =
    req.body.length > 300
      ? `${req.body.subarray(0, 300).toString('utf8')}… (${req.body.length} bytes)`
      : req.body.toString('utf8');
  return `${req.method} ${req.target.toString('utf8')}\n  ${head}\n\n  ${body}`;
}

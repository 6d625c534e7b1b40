/**
 * The harness's contract checker, built on @stoplight/prism-http's validators rather than the
 * emulator's own Ajv path (src/engine/contract.ts), so that each one checks the other: a response
 * the emulator thinks is fine still has to pass Prism, and a real server is judged by the same rules.
 *
 * Prism reports diagnostics as `{path: ['body', 'data', '0', 'id'], message}`; they are turned
 * into violations with a JSON pointer per location and, where the rule allows, expected vs got.
 *
 * Prism (with fp-ts and the rest of its tree) is an optional peer dependency: only the contract
 * test and the proxy use it, so it is imported here, on first use, and nowhere else.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { HttpMethod, IHttpOperation } from '@stoplight/types';
import { contractPath } from '../paths.js';

const PRISM = '@stoplight/prism-http';
type Validators = typeof import('@stoplight/prism-http/dist/validator/index.js');
interface Prism {
  getHttpOperationsFromSpec: typeof import('@stoplight/prism-http').getHttpOperationsFromSpec;
  validateInput: Validators['validateInput'];
  validateOutput: Validators['validateOutput'];
}

let loading: Promise<Prism> | null = null;

/** Imports Prism once; when it is not installed, says how to install it instead of a resolver error. */
function loadPrism(): Promise<Prism> {
  const modules = (): Promise<[typeof import('@stoplight/prism-http'), Validators]> =>
    Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-http/dist/validator/index.js')]);
  loading ??= modules().then(
    ([http, validators]) => ({
      getHttpOperationsFromSpec: http.getHttpOperationsFromSpec,
      validateInput: validators.validateInput,
      validateOutput: validators.validateOutput,
    }),
    (e: unknown) => {
      loading = null;
      const code = (e as { code?: string }).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' || !String((e as Error).message).includes(PRISM)) throw e;
      throw new Error(
        `the contract test and the proxy validate with ${PRISM}, an optional peer dependency of ` +
          `mailsim that is not installed. Install it next to mailsim: npm i -D ${PRISM}`,
        { cause: e },
      );
    },
  );
  return loading;
}

/** Which part of the exchange broke the contract. */
export type ViolationLocation =
  | 'status'
  | 'content-type'
  | 'header'
  | 'body'
  | 'query'
  | 'path'
  | 'transport'
  | 'expectation';

export interface ContractViolation {
  where: ViolationLocation;
  /** JSON pointer inside `where` (body: into the JSON; header: `/<name>`); '' for the whole. */
  pointer: string;
  message: string;
  expected?: string;
  got?: string;
}

export interface ObservedResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the text when it is not JSON, or undefined when empty. */
  body: unknown;
}

export interface ObservedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

interface PrismDiagnostic {
  path?: string[];
  code?: string | number;
  message: string;
  severity: number;
}

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

export class PrismContract {
  private constructor(
    readonly provider: string,
    private readonly ops: Map<string, IHttpOperation>,
    private readonly prism: Prism,
  ) {}

  /**
   * Loads contracts/<provider>.yaml (or a given file) into Prism's operation model. Rejects with
   * install instructions when @stoplight/prism-http is not installed.
   */
  static async load(provider: string, file = contractPath(provider)): Promise<PrismContract> {
    const prism = await loadPrism();
    const doc = parseYaml(readFileSync(file, 'utf8')) as object;
    const list = await prism.getHttpOperationsFromSpec(doc);
    const ops = new Map<string, IHttpOperation>();
    for (const op of list) ops.set(op.iid ?? op.id, op);
    return new PrismContract(provider, ops, prism);
  }

  operationIds(): string[] {
    return [...this.ops.keys()];
  }

  private operation(id: string): IHttpOperation {
    const op = this.ops.get(id);
    if (!op) throw new Error(`${this.provider}: no operation ${id} in the contract`);
    return op;
  }

  /** Statuses the contract declares for an operation, as written (`200`, `4XX`, `default`). */
  declaredStatuses(id: string): string[] {
    return this.operation(id).responses.map((r) => String(r.code));
  }

  /** Every way a response breaks the operation's declared responses (status, media type, headers, body). */
  validateResponse(operationId: string, res: ObservedResponse): ContractViolation[] {
    const op = this.operation(operationId);
    const element = { statusCode: res.status, headers: res.headers, body: res.body };
    const result = this.prism.validateOutput({ resource: op, element });
    if (result._tag === 'Right') return [];
    return (result.left as PrismDiagnostic[]).map((d) =>
      toViolation(d, {
        body: res.body,
        headers: res.headers,
        status: res.status,
        declared: this.declaredStatuses(operationId),
      }),
    );
  }

  /** Every way a request breaks the operation's declared parameters and body. */
  validateRequest(operationId: string, req: ObservedRequest): ContractViolation[] {
    const op = this.operation(operationId);
    const result = this.prism.validateInput({
      resource: op,
      element: {
        method: req.method.toLowerCase() as HttpMethod,
        url: { path: req.path, query: req.query },
        headers: req.headers,
        body: req.body,
      },
    });
    if (result._tag === 'Right') return [];
    return (result.left as PrismDiagnostic[]).map((d) =>
      toViolation(d, { body: req.body, headers: req.headers, query: req.query, status: null, declared: [] }),
    );
  }
}

interface Observed {
  body: unknown;
  headers: Record<string, string>;
  query?: Record<string, unknown>;
  status: number | null;
  declared: string[];
}

/** Turns one Prism diagnostic into a violation with a pointer and, when known, expected vs got. */
function toViolation(d: PrismDiagnostic, seen: Observed): ContractViolation {
  const path = d.path ?? [];
  if (path.length === 0) {
    if (/status code/i.test(d.message)) {
      return {
        where: 'status',
        pointer: '',
        message: `status ${seen.status} is not declared for this operation`,
        expected: `one of ${seen.declared.join(', ')}`,
        got: String(seen.status),
      };
    }
    if (/media type/i.test(d.message)) {
      return {
        where: 'content-type',
        pointer: '',
        message: d.message,
        expected: d.message.match(/specified in the current response: (.*)$/)?.[1] ?? 'a declared media type',
        got: seen.headers['content-type'] ?? '(none)',
      };
    }
    return { where: 'body', pointer: '', message: d.message };
  }
  const [location, ...rest] = path;
  const where: ViolationLocation =
    location === 'header' ? 'header' : location === 'query' ? 'query' : location === 'path' ? 'path' : 'body';
  const segments = [...rest];
  const message = d.message;
  let expected: string | undefined;
  let got: string | undefined;
  const missing = /required property '([^']+)'/.exec(message);
  const extra = /found '([^']+)'/.exec(message);
  if (d.code === 'required' && missing) {
    segments.push(missing[1]!);
    expected = 'present (required)';
    got = '(missing)';
  } else if (d.code === 'additionalProperties' && extra) {
    segments.push(extra[1]!);
    expected = 'no undeclared property';
    got = show(valueAt(seen, where, segments));
  } else {
    expected = /\bmust (?:be |match |have |NOT |equal )?(.*)$/.exec(message)?.[1] ?? d.code?.toString();
    got = show(valueAt(seen, where, segments));
  }
  const pointer = segments.length ? `/${segments.map(escapePointer).join('/')}` : '';
  return {
    where,
    pointer,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(got !== undefined ? { got } : {}),
  };
}

function valueAt(seen: Observed, where: ViolationLocation, segments: string[]): { found: boolean; value: unknown } {
  let node: unknown = where === 'header' ? seen.headers : where === 'query' ? seen.query : seen.body;
  for (const raw of segments) {
    const key = unescapePointer(raw);
    if (node === null || typeof node !== 'object' || !(key in (node as object)))
      return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

function show(v: { found: boolean; value: unknown }): string {
  if (!v.found) return '(missing)';
  const text = typeof v.value === 'string' ? JSON.stringify(v.value) : (JSON.stringify(v.value) ?? String(v.value));
  const typed = v.value === null ? 'null' : Array.isArray(v.value) ? 'array' : typeof v.value;
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typed === 'object' || typed === 'array' ? `${typed} ${short}` : `${short} (${typed})`;
}

/** Parses a response body the way a client would: JSON when it says so, else text. */
export function parseBody(text: string, contentType: string | undefined): { body: unknown; error: string | null } {
  if (text.length === 0) return { body: undefined, error: null };
  if (!contentType || /json/i.test(contentType)) {
    try {
      return { body: JSON.parse(text), error: null };
    } catch (e) {
      return contentType
        ? { body: text, error: `body is not valid JSON: ${(e as Error).message}` }
        : { body: text, error: null };
    }
  }
  return { body: text, error: null };
}

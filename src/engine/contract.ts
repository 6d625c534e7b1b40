/**
 * Loads an OpenAPI 3.1 contract once and turns it into a route table plus Ajv validators.
 *
 * The whole document is registered with Ajv under its file name, and each validator is a `$ref`
 * into it, so `#/components/...` references resolve without a separate dereferencing pass.
 * Validators are compiled on first use (and `warm()` compiles the rest after start-up), which keeps
 * cold start short without changing what is checked.
 */
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020, addFormats, collect, describe } from './ajv.js';
import { readDocument } from './contract-document.js';

export { readDocument };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}
interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> }>;
  security?: unknown[];
}

export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly isPublic: boolean;
  readonly bodyRequired: boolean;
  readonly bodyContentTypes: string[];
  readonly statuses: string[];
  readonly paramNames: string[];
  readonly regex: RegExp;
  /** JSON pointer of the operation inside the document. */
  readonly pointer: string;
  /** JSON pointer of its request body object (inline, or the component a `$ref` names). */
  readonly bodyPointer: string;
  /** The operation's `x-` keys (auth kinds, scopes, idempotency marks an API reads at run time). */
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly parameters: ParameterObject[];
}

/** How a response with a given status and media type is checked, worked out once per operation. */
type ResponsePlan =
  | { kind: 'validate'; validate: ValidateFunction }
  | { kind: 'skip' }
  | { kind: 'violation'; message: string; noBodyOk: boolean };

export interface Violation {
  /** JSON pointer into the validated value, e.g. `/data/0/createdAt`. */
  pointer: string;
  message: string;
}

export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  /** The body arrived as multipart form data: its schema is checked on the fields we can see. */
  multipart?: boolean;
  /** The body is a declared opaque payload (XML, gzip…): present, not checked against a schema. */
  opaque?: boolean;
}

export interface ContractOptions {
  /**
   * Match paths exactly as the contract writes them: `/v1/messages/` and `/v1/messages` are then
   * different paths (an API whose routes end in a slash). By default one trailing slash is ignored.
   */
  exactPaths?: boolean;
}

export type MatchResult =
  | { kind: 'match'; op: Operation; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'no_route' };

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

export class Contract {
  readonly operations: Operation[] = [];
  readonly byId = new Map<string, Operation>();
  /** Made on first use (see `ajv`): registering a whole contract with Ajv is most of loading one. */
  private ajvBodyInstance: Ajv2020 | undefined;
  private ajvParamsInstance: Ajv2020 | undefined;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly responsePlans = new Map<string, ResponsePlan>();
  /** Static routes looked up by exact path; parameterised ones tried in order. */
  private readonly staticRoutes = new Map<string, Operation[]>();
  private readonly dynamicRoutes: Operation[] = [];

  constructor(
    readonly name: string,
    readonly document: Record<string, any>,
    readonly options: ContractOptions = {},
  ) {
    this.buildRoutes();
  }

  /**
   * The Ajv instance for bodies (and responses) or for parameters (coercing, with defaults), each
   * with the whole document registered, made when the first validator is compiled. Four providers
   * and their control contracts registered eight documents at start: a tenth of cold start.
   */
  private ajv(kind: 'body' | 'params'): Ajv2020 {
    const made = kind === 'body' ? this.ajvBodyInstance : this.ajvParamsInstance;
    if (made) return made;
    const common = { strict: false, allErrors: true, validateSchema: false } as const;
    const ajv = new Ajv2020(kind === 'body' ? common : { ...common, coerceTypes: 'array', useDefaults: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    ajv.addFormat('int32', true);
    ajv.addFormat('int64', true);
    ajv.addSchema(this.document, this.name);
    if (kind === 'body') this.ajvBodyInstance = ajv;
    else this.ajvParamsInstance = ajv;
    return ajv;
  }

  static load(file: string, options: ContractOptions = {}): Contract {
    const doc = readDocument(file);
    if (typeof doc?.openapi !== 'string' || !doc.paths) throw new Error(`${file} is not an OpenAPI document`);
    return new Contract(basename(file), doc, options);
  }

  private buildRoutes(): void {
    const globalSecurity = (this.document.security as unknown[] | undefined) ?? [];
    for (const [path, item] of Object.entries(this.document.paths as Record<string, any>)) {
      for (const method of METHODS) {
        const raw = item?.[method] as OperationObject | undefined;
        if (!raw) continue;
        if (!raw.operationId) throw new Error(`${this.name}: ${method.toUpperCase()} ${path} has no operationId`);
        const paramNames: string[] = [];
        const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
          paramNames.push(name);
          return '([^/]+)';
        });
        const parameters = [...((item.parameters as ParameterObject[]) ?? []), ...(raw.parameters ?? [])];
        const security = raw.security ?? globalSecurity;
        const requestBody =
          raw.requestBody && '$ref' in raw.requestBody
            ? this.resolveRef<OperationObject['requestBody']>((raw.requestBody as { $ref: string }).$ref)
            : raw.requestBody;
        const op: Operation = {
          id: raw.operationId,
          method: method.toUpperCase(),
          path,
          isPublic:
            security.length === 0 || security.some((s) => s && typeof s === 'object' && Object.keys(s).length === 0),
          bodyRequired: requestBody?.required === true,
          bodyContentTypes: Object.keys(requestBody?.content ?? {}),
          statuses: Object.keys(raw.responses ?? {}),
          paramNames,
          regex: new RegExp(this.options.exactPaths ? `^${pattern}$` : `^${pattern}/?$`),
          extensions: Object.fromEntries(Object.entries(raw).filter(([k]) => k.startsWith('x-'))),
          pointer: `#/paths/${escapePointer(path)}/${method}`,
          bodyPointer:
            raw.requestBody && '$ref' in raw.requestBody
              ? (raw.requestBody as { $ref: string }).$ref
              : `#/paths/${escapePointer(path)}/${method}/requestBody`,
          parameters: parameters.map((p) =>
            '$ref' in (p as object) ? this.resolveRef((p as unknown as { $ref: string }).$ref) : p,
          ),
        };
        if (this.byId.has(op.id)) throw new Error(`${this.name}: duplicate operationId ${op.id}`);
        this.byId.set(op.id, op);
        this.operations.push(op);
        if (paramNames.length === 0) {
          const list = this.staticRoutes.get(path) ?? [];
          list.push(op);
          this.staticRoutes.set(path, list);
        } else this.dynamicRoutes.push(op);
      }
    }
    // Fewer parameters first, so `/auth/verify`-style literals beat `{id}` segments.
    this.dynamicRoutes.sort((a, b) => a.paramNames.length - b.paramNames.length);
  }

  resolveRef<T = any>(ref: string): T {
    if (!ref.startsWith('#/')) throw new Error(`${this.name}: only local $refs are supported (${ref})`);
    let node: any = this.document;
    for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`${this.name}: unresolved $ref ${ref}`);
    return node as T;
  }

  match(method: string, rawPath: string): MatchResult {
    // HEAD is answered by the GET operation (as Fastify and Express do); node sends no body for it.
    if (method === 'HEAD') {
      const head = this.matchMethod('HEAD', rawPath);
      return head.kind === 'match' ? head : this.matchMethod('GET', rawPath);
    }
    return this.matchMethod(method, rawPath);
  }

  private matchMethod(method: string, rawPath: string): MatchResult {
    const path =
      !this.options.exactPaths && rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
    const allowed: string[] = [];
    const statics = this.staticRoutes.get(path);
    if (statics) {
      for (const op of statics) {
        if (op.method === method) return { kind: 'match', op, params: {} };
        allowed.push(op.method);
      }
    }
    for (const op of this.dynamicRoutes) {
      const m = op.regex.exec(path);
      if (!m) continue;
      if (op.method !== method) {
        allowed.push(op.method);
        continue;
      }
      const params: Record<string, string> = {};
      op.paramNames.forEach((name, i) => {
        let value = m[i + 1]!;
        try {
          value = decodeURIComponent(value);
        } catch {
          /* keep raw: validation will reject it */
        }
        params[name] = value;
      });
      return { kind: 'match', op, params };
    }
    return allowed.length ? { kind: 'method_not_allowed', allowed } : { kind: 'no_route' };
  }

  /** Validates path params, query, headers and body. Coerces query/path values in place. */
  validateRequest(op: Operation, parts: RequestParts): Record<string, string[]> | null {
    const details: Record<string, string[]> = {};
    for (const location of ['path', 'query', 'header'] as const) {
      const target = location === 'path' ? parts.params : location === 'query' ? parts.query : parts.headers;
      const validate = this.paramValidator(op, location);
      if (validate && !validate(target)) collect(validate.errors, details, location === 'header');
    }
    if (op.bodyContentTypes.length > 0) {
      const empty = parts.body === undefined;
      if (empty && op.bodyRequired) (details.body ??= []).push('Request body is required');
      if (!empty && !parts.opaque) {
        const type = parts.multipart
          ? 'multipart/form-data'
          : (op.bodyContentTypes.find((t) => t.includes('json')) ?? 'application/json');
        const validate = this.validator(`${op.bodyPointer}/content/${escapePointer(type)}/schema`, op, type);
        if (validate && !validate(parts.body)) collect(validate.errors, details, false);
      }
    }
    return Object.keys(details).length ? details : null;
  }

  /** Returns every way `body` with `status` breaks the operation's declared responses. */
  validateResponse(op: Operation, status: number, body: unknown, contentType = 'application/json'): Violation[] {
    // The plan for one (operation, status, media type) never changes: work it out once.
    const planKey = `${op.id} ${status} ${contentType}`;
    let plan = this.responsePlans.get(planKey);
    if (!plan) {
      plan = this.planResponse(op, status, contentType);
      this.responsePlans.set(planKey, plan);
    }
    if (plan.kind === 'violation')
      return plan.noBodyOk && body === undefined ? [] : [{ pointer: '', message: plan.message }];
    if (plan.kind === 'skip') return [];
    if (plan.validate(body)) return [];
    return (plan.validate.errors ?? []).map((e) => ({ pointer: e.instancePath || '', message: describe(e) }));
  }

  private planResponse(op: Operation, status: number, contentType: string): ResponsePlan {
    const key = op.statuses.includes(String(status))
      ? String(status)
      : op.statuses.includes(`${String(status)[0]}XX`)
        ? `${String(status)[0]}XX`
        : op.statuses.includes('default')
          ? 'default'
          : null;
    if (!key)
      return {
        kind: 'violation',
        noBodyOk: false,
        message: `status ${status} is not declared for ${op.id} (declared: ${op.statuses.join(', ')})`,
      };
    const response = this.resolveResponse(op, key);
    const content = response?.content as Record<string, unknown> | undefined;
    if (!content || Object.keys(content).length === 0) {
      return {
        kind: 'violation',
        noBodyOk: true,
        message: `status ${status} of ${op.id} declares no body, but one was sent`,
      };
    }
    const mediaType =
      Object.keys(content).find((t) => t === contentType) ??
      (contentType.includes('json') ? Object.keys(content).find((t) => t.includes('json')) : undefined);
    if (!mediaType)
      return {
        kind: 'violation',
        noBodyOk: false,
        message: `status ${status} of ${op.id} does not declare content type ${contentType}`,
      };
    if (!contentType.includes('json')) return { kind: 'skip' };
    const validate = this.validator(
      `${this.responsePointer(op, key)}/content/${escapePointer(mediaType)}/schema`,
      op,
      mediaType,
    );
    return validate ? { kind: 'validate', validate } : { kind: 'skip' };
  }

  /** Compiles every validator now rather than on first use. */
  warm(): void {
    for (const op of this.operations) {
      for (const loc of ['path', 'query', 'header'] as const) this.paramValidator(op, loc);
      for (const type of op.bodyContentTypes)
        this.validator(`${op.bodyPointer}/content/${escapePointer(type)}/schema`, op, type);
      for (const status of op.statuses) {
        const content = this.resolveResponse(op, status)?.content as Record<string, unknown> | undefined;
        for (const type of Object.keys(content ?? {})) {
          if (type.includes('json'))
            this.validator(`${this.responsePointer(op, status)}/content/${escapePointer(type)}/schema`, op, type);
        }
      }
    }
  }

  private resolveResponse(op: Operation, status: string): Record<string, any> | undefined {
    const raw = this.resolveRef(op.pointer).responses?.[status];
    return raw && '$ref' in raw ? this.resolveRef(raw.$ref) : raw;
  }

  private responsePointer(op: Operation, status: string): string {
    const raw = this.resolveRef(op.pointer).responses?.[status];
    return raw && '$ref' in raw ? raw.$ref : `${op.pointer}/responses/${escapePointer(status)}`;
  }

  private validator(pointer: string, _op: Operation, type: string): ValidateFunction | null {
    const cacheKey = `b${pointer}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    let node: any;
    try {
      node = this.resolveRef(pointer);
    } catch {
      return null;
    }
    if (!node) return null;
    if (type === 'multipart/form-data') {
      // A multipart body reaches us as fields plus file objects; check which parts are present.
      const schema = node.$ref ? this.resolveRef(node.$ref) : node;
      const compiled = this.ajv('body').compile({
        type: 'object',
        required: (schema.required as string[] | undefined) ?? [],
      });
      this.cache.set(cacheKey, compiled);
      return compiled;
    }
    const compiled = this.ajv('body').compile({ $ref: `${this.name}${pointer}` });
    this.cache.set(cacheKey, compiled);
    return compiled;
  }

  /** Deep copy of a schema fragment whose local `#/...` refs point into the registered document. */
  private absolutize(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.absolutize(s));
    if (!schema || typeof schema !== 'object') return schema;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema))
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${this.name}${v}` : this.absolutize(v);
    return out;
  }

  private paramValidator(op: Operation, location: 'path' | 'query' | 'header'): ValidateFunction | null {
    const cacheKey = `${op.id}:${location}`;
    if (this.cache.has(cacheKey)) return this.cache.get(cacheKey)!;
    const params = op.parameters.filter((p) => p.in === location);
    if (params.length === 0) return null;
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of params) {
      const name = location === 'header' ? p.name.toLowerCase() : p.name;
      properties[name] = this.absolutize(p.schema ?? {});
      if (p.required || location === 'path') required.push(name);
    }
    const compiled = this.ajv('params').compile({ type: 'object', properties, required });
    this.cache.set(cacheKey, compiled);
    return compiled;
  }
}

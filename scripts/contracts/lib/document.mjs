// A contract as the checks see it: the parsed YAML, JSON pointers and local `$ref`s, its operations
// with their parameters and responses resolved, and every place a JSON Schema stands in it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CONTRACTS_DIR = join(ROOT, 'contracts');

/** Methods OpenAPI allows on a path item; the engine routes the first five (HEAD is served by GET). */
export const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'];
export const ROUTED_METHODS = METHODS.slice(0, 5);

export const escapePointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
export const isObject = (x) => !!x && typeof x === 'object' && !Array.isArray(x);

/** Every `contracts/*.yaml`, sorted. */
export function contractFiles(dir = CONTRACTS_DIR) {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** The contract's name: its file name without the extension (`agentsend`). */
export const contractName = (file) => basename(file).replace(/\.ya?ml$/, '');

/** A provider's control-plane fragment (`<provider>.control.yaml`), merged at run time into control.yaml. */
export const isControlFragment = (file) => /\.control\.ya?ml$/.test(basename(file));

/** Parses one YAML file: `{doc}` or `{errors}` (read and YAML errors, duplicate keys included). */
function parseFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { errors: [e.message] };
  }
  const parsed = parseDocument(text, { prettyErrors: true });
  const errors = parsed.errors.map((e) => e.message.split('\n')[0]);
  return errors.length ? { errors } : { doc: parsed.toJS() };
}

/**
 * The document as the engine serves it: a control fragment merged into contracts/control.yaml
 * (its paths and components added, as src/control/api.ts does), any other contract as it is.
 */
export function readServedDocument(file) {
  const own = parseFile(file);
  if (!own.doc || !isControlFragment(file)) return own;
  const base = parseFile(join(CONTRACTS_DIR, 'control.yaml'));
  if (!base.doc) return { errors: base.errors.map((e) => `control.yaml: ${e}`) };
  const merged = {
    ...base.doc,
    paths: { ...base.doc.paths, ...own.doc.paths },
    components: { ...base.doc.components },
  };
  for (const [kind, entries] of Object.entries(own.doc.components ?? {}))
    merged.components[kind] = { ...merged.components[kind], ...entries };
  return { doc: merged };
}

export class ContractDocument {
  /** Reads and parses `file`; read and YAML errors (duplicate keys included) are returned, not thrown. */
  static load(file) {
    const { doc, errors } = readServedDocument(file);
    return { contract: doc ? new ContractDocument(file, doc) : null, errors: errors ?? [] };
  }

  constructor(file, doc) {
    this.file = file;
    this.name = contractName(file);
    this.doc = doc;
  }

  /** The node at a local pointer (`#/components/schemas/Inbox`), or undefined. */
  get(ref) {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    let node = this.doc;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const key = unescapePointer(raw);
      if (!isObject(node) && !Array.isArray(node)) return undefined;
      if (!Object.hasOwn(node, key)) return undefined;
      node = node[key];
    }
    return node;
  }

  /** `node` itself, or what its `$ref` points at (one level, as the engine reads it). */
  deref(node) {
    return isObject(node) && typeof node.$ref === 'string' ? this.get(node.$ref) : node;
  }

  /**
   * Every operation: method, path, pointer, its parameters (path-level and its own, `$ref`s
   * resolved) and its responses as {code: {node, pointer}}, where pointer is where the response
   * object really is (inside components when it is a `$ref`).
   */
  operations() {
    if (this.ops) return this.ops;
    this.ops = [];
    for (const [path, item] of Object.entries(isObject(this.doc.paths) ? this.doc.paths : {})) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const pointer = `#/paths/${escapePointer(path)}/${method}`;
        const own = Array.isArray(op.parameters) ? op.parameters : [];
        const shared = Array.isArray(item.parameters) ? item.parameters : [];
        const byKey = new Map();
        for (const p of [...shared, ...own].map((x) => this.deref(x)))
          if (isObject(p)) byKey.set(`${p.in} ${p.name}`, p);
        const responses = {};
        for (const [code, r] of Object.entries(isObject(op.responses) ? op.responses : {})) {
          const ref = isObject(r) && typeof r.$ref === 'string' ? r.$ref : null;
          responses[code] = { node: this.deref(r), pointer: ref ?? `${pointer}/responses/${escapePointer(code)}` };
        }
        this.ops.push({ id: op.operationId, method, path, op, pointer, parameters: [...byKey.values()], responses });
      }
    }
    return this.ops;
  }

  /** Pointer of a response body schema, through the response's `$ref` if it has one. */
  responseSchemaPointer(path, method, code, mediaType = 'application/json') {
    const r = this.doc.paths?.[path]?.[method]?.responses?.[code];
    const base =
      isObject(r) && r.$ref ? r.$ref : `#/paths/${escapePointer(path)}/${method}/responses/${escapePointer(code)}`;
    return `${base}/content/${escapePointer(mediaType)}/schema`;
  }

  /** Pointer of a request body schema (request bodies are always inline). */
  requestSchemaPointer(path, method, mediaType = 'application/json') {
    return `#/paths/${escapePointer(path)}/${method}/requestBody/content/${escapePointer(mediaType)}/schema`;
  }

  /** Every pointer at which a JSON Schema stands: components, parameters, headers, bodies. */
  schemaPointers() {
    const out = [];
    const media = (content, at) => {
      for (const [mt, m] of Object.entries(isObject(content) ? content : {}))
        if (isObject(m) && 'schema' in m) out.push(`${at}/content/${escapePointer(mt)}/schema`);
    };
    const headers = (hs, at) => {
      for (const [h, v] of Object.entries(isObject(hs) ? hs : {}))
        if (isObject(v) && !v.$ref && 'schema' in v) out.push(`${at}/headers/${escapePointer(h)}/schema`);
    };
    const params = (list, at) =>
      (Array.isArray(list) ? list : []).forEach((p, i) => {
        if (isObject(p) && !p.$ref && 'schema' in p) out.push(`${at}/parameters/${i}/schema`);
      });
    const response = (r, at) => {
      if (isObject(r) && !r.$ref) {
        media(r.content, at);
        headers(r.headers, at);
      }
    };
    const c = isObject(this.doc.components) ? this.doc.components : {};
    for (const n of Object.keys(c.schemas ?? {})) out.push(`#/components/schemas/${escapePointer(n)}`);
    for (const [n, p] of Object.entries(c.parameters ?? {}))
      if (isObject(p) && 'schema' in p) out.push(`#/components/parameters/${escapePointer(n)}/schema`);
    for (const [n, h] of Object.entries(c.headers ?? {}))
      if (isObject(h) && 'schema' in h) out.push(`#/components/headers/${escapePointer(n)}/schema`);
    for (const [n, r] of Object.entries(c.responses ?? {})) response(r, `#/components/responses/${escapePointer(n)}`);
    for (const [path, item] of Object.entries(isObject(this.doc.paths) ? this.doc.paths : {})) {
      if (!isObject(item)) continue;
      params(item.parameters, `#/paths/${escapePointer(path)}`);
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const at = `#/paths/${escapePointer(path)}/${method}`;
        params(op.parameters, at);
        if (isObject(op.requestBody)) media(op.requestBody.content, `${at}/requestBody`);
        for (const [code, r] of Object.entries(isObject(op.responses) ? op.responses : {}))
          response(r, `${at}/responses/${escapePointer(code)}`);
      }
    }
    return out;
  }

  /** Calls `visit(node, pointer)` for every object and array in the document. */
  walk(visit, node = this.doc, at = '#') {
    if (!node || typeof node !== 'object') return;
    visit(node, at);
    for (const [k, v] of Object.entries(node)) this.walk(visit, v, `${at}/${escapePointer(String(k))}`);
  }
}

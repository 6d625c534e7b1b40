// The checks every contract passes, whatever its provider: an OpenAPI 3.1 shape the engine can
// route (src/engine/contract.ts), unique operationIds, resolvable `$ref`s of the right kind, every
// path parameter declared, and no component left unused. Conventions: contracts/README.md.
import { ROUTED_METHODS, METHODS, escapePointer, isObject } from './document.mjs';

const TOP_LEVEL = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
];
const COMPONENTS = [
  'schemas',
  'responses',
  'parameters',
  'headers',
  'securitySchemes',
  'examples',
  'links',
  'callbacks',
];
const PATH_ITEM = [...METHODS, 'summary', 'description', 'servers', 'parameters'];
const STATUS = /^([1-5]\d\d|[1-5]XX|default)$/;
const OPERATION_ID = /^[a-z][a-zA-Z0-9]*$/;
const known = (key, list) => list.includes(key) || key.startsWith('x-');

export function checkShape(c, fail) {
  const { doc } = c;
  if (typeof doc.openapi !== 'string' || !/^3\.1\.\d+$/.test(doc.openapi))
    fail(`openapi must be 3.1.x, is ${JSON.stringify(doc.openapi)}`);
  if (!isObject(doc.info) || typeof doc.info.title !== 'string' || typeof doc.info.version !== 'string')
    fail('info needs a title and a version');
  for (const k of Object.keys(doc)) if (!known(k, TOP_LEVEL)) fail(`unknown top-level key ${k}`);
  if (!isObject(doc.paths)) return fail('paths is missing');
  const components = isObject(doc.components) ? doc.components : {};
  for (const k of Object.keys(components)) {
    if (k === 'requestBodies')
      fail("components.requestBodies: the engine reads request bodies inline only (a body's schema may be a $ref)");
    else if (!known(k, COMPONENTS)) fail(`unknown components section ${k}`);
  }
  const schemes = Object.keys(components.securitySchemes ?? {});
  const checkSecurity = (list, at) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return fail(`${at}: security must be a list`);
    for (const req of list)
      for (const name of Object.keys(req ?? {}))
        if (!schemes.includes(name)) fail(`${at}: security scheme ${name} is not in components.securitySchemes`);
  };
  checkSecurity(doc.security, '#/security');
  const tags = new Set((Array.isArray(doc.tags) ? doc.tags : []).map((t) => t?.name));

  const seen = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    const at = `#/paths/${escapePointer(path)}`;
    if (!path.startsWith('/')) fail(`${at}: a path starts with /`);
    if (!isObject(item)) {
      fail(`${at}: not a path item`);
      continue;
    }
    for (const k of Object.keys(item)) {
      if (k === '$ref') fail(`${at}: path items by $ref are not supported by the engine`);
      else if (!known(k, PATH_ITEM)) fail(`${at}: unknown key ${k}`);
      else if (METHODS.includes(k) && !ROUTED_METHODS.includes(k))
        fail(`${at}: the engine routes only ${ROUTED_METHODS.join(', ')} (HEAD is answered by GET)`);
    }
  }
  for (const { id, method, path, op, pointer, parameters, responses } of c.operations()) {
    const where = `${method.toUpperCase()} ${path}`;
    if (typeof id !== 'string' || !OPERATION_ID.test(id))
      fail(`${where}: operationId ${JSON.stringify(id)} must be lowerCamelCase`);
    else if (seen.has(id)) fail(`${where}: operationId ${id} is also used by ${seen.get(id)}`);
    else seen.set(id, where);
    for (const t of Array.isArray(op.tags) ? op.tags : [])
      if (!tags.has(t)) fail(`${where}: tag ${t} is not declared in the top-level tags`);
    checkSecurity(op.security, `${where}`);
    checkParameters(c, fail, where, path, op, parameters, pointer);
    if (op.requestBody !== undefined) {
      if (!isObject(op.requestBody) || op.requestBody.$ref)
        fail(`${where}: requestBody must be written inline (its schema may be a $ref)`);
      else if (!isObject(op.requestBody.content) || !Object.keys(op.requestBody.content).length)
        fail(`${where}: requestBody has no content`);
    }
    if (!Object.keys(responses).length) fail(`${where}: no responses`);
    for (const [code, { node, pointer: rp }] of Object.entries(responses)) {
      if (!STATUS.test(code)) fail(`${where}: response key ${code} is not a status`);
      const raw = op.responses[code];
      if (isObject(raw) && raw.$ref && !raw.$ref.startsWith('#/components/responses/'))
        fail(`${where} ${code}: a response $ref must point into #/components/responses/`);
      if (!isObject(node)) continue; // unresolved: reported by checkRefs
      if (node.$ref) fail(`${where} ${code}: ${rp} is itself a $ref; the engine follows one level`);
      if (typeof node.description !== 'string') fail(`${rp}: a response needs a description`);
      if (node.content !== undefined && !isObject(node.content)) fail(`${rp}: content must be a map of media types`);
      for (const [h, v] of Object.entries(node.headers ?? {})) {
        if (isObject(v) && v.$ref && !v.$ref.startsWith('#/components/headers/'))
          fail(`${rp}: header ${h} $ref must point into #/components/headers/`);
      }
    }
  }
}

function checkParameters(c, fail, where, path, op, parameters, pointer) {
  const own = Array.isArray(op.parameters) ? op.parameters : [];
  const keys = new Set();
  own.forEach((raw, i) => {
    if (isObject(raw) && raw.$ref) {
      if (!raw.$ref.startsWith('#/components/parameters/'))
        fail(`${pointer}/parameters/${i}: a parameter $ref must point into #/components/parameters/`);
      const target = c.deref(raw);
      if (isObject(target) && target.$ref)
        fail(`${pointer}/parameters/${i}: ${raw.$ref} is itself a $ref; the engine follows one level`);
    }
    const p = c.deref(raw);
    if (!isObject(p)) return;
    const key = `${p.in} ${p.name}`;
    if (keys.has(key)) fail(`${where}: parameter ${key} is declared twice`);
    keys.add(key);
  });
  for (const p of parameters) {
    if (typeof p.name !== 'string' || !['path', 'query', 'header'].includes(p.in)) {
      fail(
        `${where}: parameter ${JSON.stringify(p.name)} needs a name, and "in" of path, query or header ` +
          '(the engine checks no cookies)',
      );
    }
    if (!isObject(p.schema))
      fail(`${where}: parameter ${p.name} needs a schema (the engine validates parameters by schema)`);
  }
  const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const name of template) {
    const p = parameters.find((x) => x.in === 'path' && x.name === name);
    if (!p) fail(`${where}: path parameter {${name}} is not declared`);
    else if (p.required !== true) fail(`${where}: path parameter {${name}} must be required: true`);
  }
  for (const p of parameters)
    if (p.in === 'path' && !template.includes(p.name)) fail(`${where}: path parameter ${p.name} is not in the path`);
}

/** Every `$ref` is local and resolves; no 3.0 `nullable` is left; returns how many refs there are. */
export function checkRefs(c, fail) {
  let count = 0;
  const used = new Set();
  c.walk((node, at) => {
    if (Array.isArray(node)) return;
    if ('$ref' in node) {
      count++;
      if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/'))
        fail(`${at}: $ref ${JSON.stringify(node.$ref)} is not a local #/ pointer`);
      else if (c.get(node.$ref) === undefined) fail(`${at}: $ref ${node.$ref} does not resolve`);
      else used.add(node.$ref);
    }
    if (typeof node.nullable === 'boolean') fail(`${at}: nullable is OpenAPI 3.0; use type: [X, 'null']`);
  });
  // Shared responses, parameters and headers exist to be referenced: an unused one is a leftover.
  for (const section of ['responses', 'parameters', 'headers']) {
    for (const name of Object.keys(c.doc.components?.[section] ?? {})) {
      if (!used.has(`#/components/${section}/${escapePointer(name)}`))
        fail(`#/components/${section}/${name} is never referenced`);
    }
  }
  return count;
}

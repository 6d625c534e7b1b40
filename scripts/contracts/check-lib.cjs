// Shared by the contract checkers: loading a contract, failures, operationIds against the expected
// table, $ref resolution, and compiling every schema with Ajv 2020 the way the emulator does.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const nm = path.join(root, 'node_modules');
const YAML = require(path.join(nm, 'yaml'));
const Ajv2020 = require(path.join(nm, 'ajv/dist/2020')).default;
const addFormatsMod = require(path.join(nm, 'ajv-formats'));
const addFormats = addFormatsMod.default || addFormatsMod;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Loads `file` and returns the document with a failure counter and pointer helpers. */
function loadContract(file) {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  const ctx = { doc, failures: 0 };
  ctx.fail = (m) => { ctx.failures++; console.log('FAIL', m); };
  ctx.resolvePointer = (ref) => {
    if (!ref.startsWith('#/')) return undefined;
    let cur = doc;
    for (const raw of ref.slice(2).split('/')) {
      const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (cur == null || !(k in cur)) return undefined;
      cur = cur[k];
    }
    return cur;
  };
  ctx.deref = (x) => (x && x.$ref ? ctx.resolvePointer(x.$ref) : x);
  if (doc.openapi !== '3.1.0') ctx.fail('openapi version');
  return ctx;
}

/** Every operation as {m, p, op}; each expected operationId exactly once at its method and path. */
function collectOperations(ctx, expected, { lowerCamelCase = false } = {}) {
  const seen = {};
  const ops = [];
  for (const [p, item] of Object.entries(ctx.doc.paths)) {
    for (const m of Object.keys(item)) {
      if (!METHODS.includes(m)) { ctx.fail(`non-method key ${m} at ${p}`); continue; }
      const op = item[m];
      if (lowerCamelCase && !/^[a-z][a-zA-Z0-9]*$/.test(op.operationId || '')) ctx.fail(`operationId ${op.operationId} at ${m} ${p} is not lowerCamelCase`);
      seen[op.operationId] = (seen[op.operationId] || []).concat(`${m} ${p}`);
      ops.push({ m, p, op });
    }
  }
  for (const [id, where] of Object.entries(expected)) {
    if (!seen[id]) ctx.fail(`missing operationId ${id}`);
    else if (seen[id].length !== 1) ctx.fail(`operationId ${id} appears ${seen[id].length} times`);
    else if (seen[id][0] !== where) ctx.fail(`operationId ${id} at ${seen[id][0]}, expected ${where}`);
  }
  for (const id of Object.keys(seen)) if (!expected[id]) ctx.fail(`unexpected operationId ${id}`);
  return ops;
}

/** Every $ref resolves, and no 3.0-style `nullable` is left; returns the number of refs. */
function checkRefs(ctx) {
  let count = 0;
  (function walk(x, at) {
    if (Array.isArray(x)) return x.forEach((v, i) => walk(v, `${at}/${i}`));
    if (x && typeof x === 'object') {
      if (typeof x.$ref === 'string') { count++; if (ctx.resolvePointer(x.$ref) === undefined) ctx.fail(`unresolved ${x.$ref} at ${at}`); }
      if ('nullable' in x && typeof x.nullable === 'boolean') ctx.fail(`nullable at ${at} (use type: [X, "null"])`);
      for (const [k, v] of Object.entries(x)) walk(v, `${at}/${k}`);
    }
  })(ctx.doc, '#');
  console.log('refs checked:', count);
  return count;
}

/** Compiles every component, parameter, header, request and response schema; returns Ajv and `compileAt`. */
function compileAll(ctx, ops) {
  const { doc } = ctx;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema(doc, 'contract');
  let compiled = 0;
  const compileAt = (ptr) => {
    try { const f = ajv.compile({ $ref: 'contract' + ptr }); compiled++; return f; } catch (e) { ctx.fail(`compile ${ptr}: ${e.message}`); return null; }
  };
  for (const n of Object.keys(doc.components.schemas)) compileAt(`#/components/schemas/${esc(n)}`);
  for (const n of Object.keys(doc.components.parameters || {})) compileAt(`#/components/parameters/${esc(n)}/schema`);
  for (const n of Object.keys(doc.components.headers || {})) compileAt(`#/components/headers/${esc(n)}/schema`);
  for (const { m, p, op } of ops) {
    const base = `#/paths/${esc(p)}/${m}`;
    if (op.requestBody) for (const mt of Object.keys(op.requestBody.content)) compileAt(`${base}/requestBody/content/${esc(mt)}/schema`);
    for (const [code, r] of Object.entries(op.responses)) for (const mt of Object.keys(r.content || {})) compileAt(`${base}/responses/${code}/content/${esc(mt)}/schema`);
  }
  console.log('schemas compiled:', compiled);
  return { ajv, compileAt };
}

module.exports = { root, nm, Ajv2020, addFormats, esc, loadContract, collectOperations, checkRefs, compileAll };

// Helpers the per-provider rule modules share: closed response objects, open request bodies, and
// sample bodies that a schema must accept or reject.
import { isObject } from '../lib/document.mjs';

const SCHEMA_REF = '#/components/schemas/';
const isObjectType = (s) => s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object'));

/** Names of the component schemas reachable from `schema` through `$ref`s (added to `out`). */
function reachable(contract, schema, out) {
  contract.walk((node) => {
    if (Array.isArray(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith(SCHEMA_REF)) return;
    const name = node.$ref.slice(SCHEMA_REF.length);
    if (out.has(name)) return;
    out.add(name);
    reachable(contract, contract.doc.components.schemas[name], out);
  }, schema);
  return out;
}

/** Each operation's request (`requestBody`) or response body schemas as [pointer, schema]. */
function bodies(contract, side) {
  const out = [];
  for (const { op, pointer, responses } of contract.operations()) {
    const holders =
      side === 'request'
        ? [[`${pointer}/requestBody`, op.requestBody]]
        : Object.values(responses).map((r) => [r.pointer, r.node]);
    for (const [at, holder] of holders) {
      for (const [mt, media] of Object.entries(isObject(holder?.content) ? holder.content : {})) {
        if (media && 'schema' in media) out.push([`${at}/content/${mt}`, media.schema]);
      }
    }
  }
  return out;
}

/**
 * Every object schema a response body can reach is closed (`additionalProperties: false`), unless
 * it is a map (`additionalProperties` is a schema) or `isOpen(schema)` says it is open on purpose.
 * `also` names component schemas to hold to the same rule though no response uses them (payloads).
 */
export function checkResponsesClosed(contract, fail, { isOpen = () => false, also = [] } = {}) {
  const names = new Set(also);
  const check = (schema, at) =>
    contract.walk(
      (node, where) => {
        if (Array.isArray(node) || !isObjectType(node) || isOpen(node)) return;
        if (isObject(node.additionalProperties)) return;
        if (node.additionalProperties !== false) fail(`response object not closed at ${where}`);
      },
      schema,
      at,
    );
  for (const [at, schema] of bodies(contract, 'response')) {
    check(schema, at);
    reachable(contract, schema, names);
  }
  for (const n of names) check(contract.doc.components.schemas[n], `${SCHEMA_REF}${n}`);
  return names;
}

/** No schema a request body can reach is closed: the real servers ignore unknown keys. */
export function checkRequestsOpen(contract, fail) {
  const names = new Set();
  const check = (schema, at) =>
    contract.walk(
      (node, where) => {
        if (!Array.isArray(node) && node.additionalProperties === false) fail(`request schema closed at ${where}`);
      },
      schema,
      at,
    );
  for (const [at, schema] of bodies(contract, 'request')) {
    check(schema, at);
    reachable(contract, schema, names);
  }
  for (const n of names) check(contract.doc.components.schemas[n], `${SCHEMA_REF}${n}`);
  return names;
}

/** `expect(pointer, body, valid, label)`: fails when the schema at `pointer` disagrees. */
export function sampler(validator, fail) {
  return (pointer, body, valid, label = pointer) => {
    const validate = validator(pointer);
    const got = validate(body);
    if (got !== valid)
      fail(`sample ${label}: expected ${valid ? 'valid' : 'invalid'} ${JSON.stringify(validate.errors ?? [])}`);
  };
}

/** Names in a path template: `/a/{id}/b/{x}` → ['id', 'x']. */
export const templateNames = (path) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

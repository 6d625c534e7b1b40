/**
 * Error cases derived from the contract rather than written by hand: for every operation, each
 * documented failure the harness can provoke without side effects on a real account.
 *
 *  - 401 without credentials, where the operation is not public and declares 401;
 *  - 400 for a malformed id, where a path parameter is constrained (format or pattern) and 400 is
 *    declared — an unconstrained id (Commune's) is simply unknown, a 404;
 *  - 404 for an unknown (random, well-formed) id, where a path parameter exists and 404 is declared;
 *  - 400 for a JSON body missing its first required field, where the body has required fields.
 *
 * 429 is never forced: on a real deployment that would mean hammering it.
 */
import { randomUUID } from 'node:crypto';
import type { Contract, Operation } from '../engine/contract.js';
import type { ErrorCase, FlowDefinition, RequestTemplate, Vars } from './flow.js';

export const MALFORMED_ID = 'not-a-uuid';

export function templateFor(flow: FlowDefinition, operation: string): RequestTemplate {
  const step = flow.steps.find((s) => s.operation === operation);
  if (step) {
    return {
      ...(step.params ? { params: step.params } : {}),
      ...(step.query ? { query: step.query } : {}),
      ...(step.body ? { body: step.body } : {}),
      ...(step.headers ? { headers: step.headers } : {}),
      ...(typeof step.auth === 'object' ? { auth: step.auth } : {}),
    };
  }
  return flow.templates[operation] ?? {};
}

export function deriveErrorCases(
  contract: Contract,
  flow: FlowDefinition,
  selected: (operation: string) => boolean,
): ErrorCase[] {
  const cases: ErrorCase[] = [];
  for (const op of contract.operations) {
    if (!selected(op.id)) continue;
    const t = templateFor(flow, op.id);
    const declared = new Set(op.statuses);
    const hasPathParams = op.paramNames.length > 0;
    if (!op.isPublic && declared.has('401')) {
      // No credentials at all: a step's own Authorization header (an agent signature) is dropped too.
      const headers = t.headers;
      const unsigned = headers
        ? {
            headers: (v: Vars) =>
              Object.fromEntries(Object.entries(headers(v)).filter(([k]) => k.toLowerCase() !== 'authorization')),
          }
        : {};
      cases.push({
        ...t,
        ...unsigned,
        id: `${op.id}:no-key`,
        title: 'no API key',
        operation: op.id,
        expect: 401,
        auth: 'none',
      });
    }
    if (hasPathParams && declared.has('400') && constrainedPathParams(contract, op)) {
      cases.push({
        ...t,
        id: `${op.id}:malformed-id`,
        title: `malformed ${op.paramNames.join(', ')}`,
        operation: op.id,
        expect: 400,
        pathValue: MALFORMED_ID,
      });
    }
    if (hasPathParams && declared.has('404')) {
      // A random UUID, unless the flow knows the parameter's real shape (Commune's 64-hex claim token).
      const unknown = op.paramNames.map((n) => flow.unknownIds?.[n]).find(Boolean);
      cases.push({
        ...t,
        id: `${op.id}:unknown-id`,
        title: `unknown ${op.paramNames.join(', ')}`,
        operation: op.id,
        expect: 404,
        pathValue: unknown ? unknown() : randomUUID(),
      });
    }
    const required = requiredBodyFields(contract, op);
    const body = t.body;
    if (required.length && declared.has('400') && body) {
      const field = required[0]!;
      cases.push({
        ...t,
        id: `${op.id}:missing-${field}`,
        title: `body without required "${field}"`,
        operation: op.id,
        expect: 400,
        body: (v: Vars) => {
          const full = body(v);
          if (!full || typeof full !== 'object' || full instanceof FormData) return full;
          const { [field]: _dropped, ...rest } = full as Record<string, unknown>;
          return rest;
        },
      });
    }
  }
  for (const extra of flow.errorCases) if (selected(extra.operation)) cases.push(extra);
  return cases;
}

/** Whether every path parameter's schema constrains its shape, so a malformed value is a 400. */
function constrainedPathParams(contract: Contract, op: Operation): boolean {
  return op.parameters
    .filter((p) => p.in === 'path')
    .every((p) => {
      let schema = p.schema as { $ref?: string; format?: string; pattern?: string } | undefined;
      if (schema?.$ref) schema = contract.resolveRef(schema.$ref);
      return !!(schema && (schema.format || schema.pattern));
    });
}

/** Required top-level fields of the operation's JSON request body. */
function requiredBodyFields(contract: Contract, op: Operation): string[] {
  if (!op.bodyContentTypes.includes('application/json')) return [];
  const raw = contract.resolveRef<any>(op.pointer);
  let schema = raw?.requestBody?.content?.['application/json']?.schema;
  if (schema?.$ref) schema = contract.resolveRef(schema.$ref);
  return Array.isArray(schema?.required) ? (schema.required as string[]) : [];
}

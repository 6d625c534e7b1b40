/** Ajv as contracts use it: its CommonJS entry points unwrapped, and its errors as a 400's field-keyed details. */
import Ajv2020Module, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { own, setOwn } from './own.js';

// ajv and ajv-formats are CommonJS; under NodeNext their default exports arrive wrapped.
export const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ??
  Ajv2020Module) as typeof Ajv2020Module.default;
export type Ajv2020 = InstanceType<typeof Ajv2020>;
export const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv2020,
) => void;

export function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties')
    return `must NOT have additional property '${(e.params as { additionalProperty: string }).additionalProperty}'`;
  if (e.keyword === 'enum')
    return `${e.message}: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return e.message ?? e.keyword;
}

/** Folds Ajv errors into `{field: [messages]}`, the shape zod's `flatten().fieldErrors` has. */
export function collect(
  errors: ErrorObject[] | null | undefined,
  details: Record<string, string[]>,
  lowerCase: boolean,
): void {
  for (const e of errors ?? []) {
    const segments = e.instancePath.split('/').filter(Boolean);
    let field = segments[0] ?? '';
    if (e.keyword === 'required' && segments.length === 0)
      field = (e.params as { missingProperty: string }).missingProperty;
    if (e.keyword === 'additionalProperties' && segments.length === 0)
      field = (e.params as { additionalProperty: string }).additionalProperty;
    if (!field) field = '_';
    if (lowerCase) field = field.toLowerCase();
    const message = describe(e);
    // A body field named `constructor` or `__proto__` is a field like any other.
    let list = own(details, field);
    if (!list) setOwn(details, field, (list = []));
    if (!list.includes(message)) list.push(message);
  }
}

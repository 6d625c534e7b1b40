/**
 * Handler inputs typed from a contract. `OperationInput<operations['createInbox']>` turns one
 * operation of openapi-typescript's output (src/generated/<contract>.ts) into the `OperationShape`
 * a `Handler` is typed by, so a handler reads `params.inboxId` and `body.subject` with the types the
 * contract declares. The pipeline validates path, query and body against the same contract before
 * the handler runs (query values coerced to the declared types, defaults filled in), which is what
 * makes these types true at run time.
 */
import type { Handler, OperationShape, Principal } from './provider.js';

/** `T[K]` without undefined; `never` when the operation declares no such part. */
type Part<T, K extends PropertyKey> = T extends { [P in K]?: infer V } ? NonNullable<V> : never;

/** No parameters of this kind: an empty object, so reading any key is a compile error. */
type Nothing = { readonly [K in never]: never };

type OrNothing<T> = [T] extends [never] ? Nothing : T;

/**
 * What the pipeline hands a handler as `body` for these media types: the parsed JSON value, or the
 * multipart fields (files come separately, in `input.files`). Any other declared type (XML, gzip)
 * stays bytes in `input.bodyBytes` and `body` is undefined.
 */
type ParsedBody<C> = C extends { 'application/json': infer B }
  ? B
  : C extends { 'multipart/form-data': infer B }
    ? B
    : undefined;

/** Whether the contract lets the body be left out (`requestBody.required` is false). */
type OptionalBody<Op> = {} extends { [K in keyof Op as K extends 'requestBody' ? K : never]: Op[K] } ? true : false;

type BodyOf<Op> = [Part<Op, 'requestBody'>] extends [never]
  ? undefined
  : Part<Op, 'requestBody'> extends { content: infer C }
    ? OptionalBody<Op> extends true
      ? ParsedBody<C> | undefined
      : ParsedBody<C>
    : undefined;

/** The typed request parts of one openapi-typescript operation. */
export interface OperationInput<Op> extends OperationShape {
  params: OrNothing<Part<Part<Op, 'parameters'>, 'path'>>;
  query: OrNothing<Part<Part<Op, 'parameters'>, 'query'>>;
  body: BodyOf<Op>;
}

/** A handler for each operation of a contract, keyed by operationId: one missing or misspelled is a compile error. */
export type HandlersOf<P extends Principal, Ops> = { [K in keyof Ops]: Handler<P, OperationInput<Ops[K]>> };

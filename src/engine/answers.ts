/**
 * Turning what a request ended with — a handler's result, an API error, an engine-made outcome,
 * or an unexpected exception — into the bytes to send, checked against the contract on the way.
 */
import type { Contract, Operation, Violation } from './contract.js';
import { isMailsimError, type MailsimError } from './errors.js';
import type { Exchange } from './exchange.js';
import { BadFaultHeader } from './faults.js';
import { log } from './log.js';
import { OutcomeSignal, type EngineOutcome } from './outcomes.js';
import type { ApiDefinition, HandlerResult, RenderedError, RequestFacts, StreamChannel } from './provider.js';

export type ValidationMode = 'strict' | 'warn' | 'off';

/** An answer before the transport sees it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  errorCode: string | null;
  stream?: (channel: StreamChannel) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const EMPTY = Buffer.alloc(0);

/** Outcomes the engine answers without checking them against the operation's declared responses. */
const UNCHECKED: ReadonlySet<EngineOutcome['kind']> = new Set([
  'not_implemented',
  'contract_violation',
  'injected_fault',
]);

export class Answers {
  /** The last answer body that passed the contract check, per operation (see passedBefore). */
  private readonly lastPassed = new Map<Operation, { status: number; json: string }>();

  constructor(
    private readonly api: ApiDefinition<any>,
    private readonly contract: Contract,
    private readonly validation: () => ValidationMode,
  ) {}

  /** A handler's result, with its body checked against the operation's declared response. */
  result(x: Exchange, op: Operation, result: HandlerResult): Answer {
    const headers = { ...result.headers };
    if (result.stream) return { status: result.status, headers, body: EMPTY, errorCode: null, stream: result.stream };
    if (result.download) {
      return {
        status: result.status,
        headers: { 'content-type': result.download.contentType, ...headers },
        body: result.download.data,
        errorCode: null,
      };
    }
    const mode = this.validation();
    const json = result.body === undefined ? undefined : JSON.stringify(result.body);
    if (mode !== 'off' && !this.passedBefore(op, result.status, json)) {
      const violations = this.contract.validateResponse(op, result.status, result.body);
      if (violations.length) {
        x.violations = violations;
        this.report(op, result.status, violations);
        if (mode === 'strict')
          return this.outcome(x, { kind: 'contract_violation', operationId: op.id, status: result.status, violations });
      } else if (json !== undefined) this.lastPassed.set(op, { status: result.status, json });
    }
    if (json === undefined) return { status: result.status, headers, body: EMPTY, errorCode: null };
    return {
      status: result.status,
      headers: { 'content-type': JSON_TYPE, ...headers },
      body: Buffer.from(json),
      errorCode: null,
    };
  }

  /**
   * Whether these exact bytes already passed the check for this operation and status. Validation
   * is a pure function of the schema and the JSON, so a client polling the same list is not
   * re-validated on every request (date-time formats and all: about a tenth of a GET's server
   * time); any change in the answer is validated again.
   */
  private passedBefore(op: Operation, status: number, json: string | undefined): boolean {
    const last = this.lastPassed.get(op);
    return last !== undefined && last.status === status && last.json === json;
  }

  /** Whatever a stage threw, as an answer in the API's envelope. */
  failure(x: Exchange, e: unknown): Answer {
    if (e instanceof OutcomeSignal) return this.outcome(x, e.outcome);
    if (isMailsimError(e)) return this.error(x, e);
    // The one-off fault header asked for something unreadable: answered like an injected 400.
    if (e instanceof BadFaultHeader)
      return this.outcome(x, { kind: 'injected_fault', status: 400, message: e.message });
    log.error(`unhandled error in ${this.api.name} ${x.method} ${x.path}`, {
      error: e instanceof Error ? e.stack : String(e),
    });
    return this.outcome(x, { kind: 'internal' });
  }

  outcome(x: Exchange, outcome: EngineOutcome): Answer {
    if (outcome.kind === 'contract_violation') x.brokeContract = true;
    let rendered: RenderedError;
    try {
      rendered = this.api.renderOutcome(outcome, x.facts());
    } catch (e) {
      // A renderer that fails must not take the request down with it: answer its internal error
      // instead, or, should that fail too, a bare 500.
      log.error(`${this.api.name} could not render ${outcome.kind}`, { error: String(e) });
      rendered = renderInternal(this.api, x);
    }
    return this.checked(x, rendered, !UNCHECKED.has(outcome.kind));
  }

  private error(x: Exchange, err: MailsimError): Answer {
    return this.checked(x, this.api.renderError(err, x.facts()), true);
  }

  /** A rendered error, checked against the operation's declared responses (strict: a violation becomes a 500). */
  private checked(x: Exchange, r: RenderedError, check: boolean): Answer {
    const headers: Record<string, string> = { 'content-type': JSON_TYPE, ...r.headers };
    const op = x.op;
    if (op && check && this.validation() !== 'off') {
      const violations = this.contract.validateResponse(op, r.status, r.body);
      if (violations.length) {
        this.report(op, r.status, violations);
        if (this.validation() === 'strict')
          return this.outcome(x, { kind: 'contract_violation', operationId: op.id, status: r.status, violations });
      }
    }
    // An API may answer some errors in another media type (Express's HTML 404 page).
    const asText = typeof r.body === 'string' && !headers['content-type']!.includes('json');
    return {
      status: r.status,
      headers,
      body: Buffer.from(asText ? (r.body as string) : JSON.stringify(r.body)),
      errorCode: r.code,
    };
  }

  private report(op: Operation, status: number, violations: Violation[]): void {
    log.warn(`contract violation in ${this.api.name}.${op.id} (${status})`, { violations });
  }
}

/** The API's own rendering of an internal error; a body-less 500 if even that fails. */
export function renderInternal(api: ApiDefinition<any>, x: { facts(): RequestFacts }): RenderedError {
  try {
    return api.renderOutcome({ kind: 'internal' }, x.facts());
  } catch {
    return {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Internal server error',
      code: 'INTERNAL_ERROR',
    };
  }
}

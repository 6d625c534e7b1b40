/**
 * `mailsim contract-test`: runs a provider's stateful flow and its contract-derived error cases
 * against any base URL (the emulator or a real deployment) and checks every response with Prism.
 *
 * Order: main steps (create, read, list, send, thread...), then the error cases (while the run's
 * resources still exist), then teardown steps, then — with `cleanup` — deletion of whatever the
 * run created and did not delete itself.
 */
import { randomBytes } from 'node:crypto';
import { Contract } from '../engine/contract.js';
import { contractPath } from '../paths.js';
import { deriveErrorCases } from './error-cases.js';
import type { Creates, ErrorCase, FlowDefinition, FlowStep, Vars } from './flow.js';
import { agentsendFlow } from './flows/agentsend.js';
import { communeFlow } from './flows/commune.js';
import { gentFlow } from './flows/gent.js';
import { managedAgentsFlow } from './flows/managed-agents.js';
import { TargetClient, isLoopback, type Exchange, type FetchLike, type OutgoingRequest } from './http.js';
import { selectSteps } from './select.js';
import { PrismContract, type ContractViolation, type ViolationLocation } from './validate.js';
import { own } from '../engine/own.js';

export const FLOWS: Record<string, FlowDefinition> = {
  agentsend: agentsendFlow,
  commune: communeFlow,
  gent: gentFlow,
  'managed-agents': managedAgentsFlow,
};

/** A mistake in the options (unknown provider or operation), as opposed to a failing target. */
export class UsageError extends Error {}

export interface RunOptions {
  provider: string;
  /** Base URL of the server under test, e.g. http://localhost:3000 or https://api.agentsend.io. */
  target: string;
  apiKey: string;
  only?: string[];
  skip?: string[];
  /** Delete what the run created and did not delete itself. */
  cleanup?: boolean;
  /** Minimum ms between requests; default 100 for remote targets, 0 for loopback ones. */
  delayMs?: number;
  timeoutMs?: number;
  /** Longest Retry-After honoured on an unexpected 429 before giving up (seconds). */
  maxRetryAfterS?: number;
  fetch?: FetchLike;
  /** The target's control token (`--control-token`), sent by steps on the control plane. */
  controlToken?: string;
  /** Called after each request, e.g. to print progress. */
  onResult?: (result: StepResult) => void;
}

export type Outcome = 'pass' | 'fail' | 'skip';

export interface StepResult {
  id: string;
  title: string;
  operation: string;
  kind: 'flow' | 'error-case' | 'cleanup';
  method: string;
  path: string;
  expected: number;
  status: number | null;
  outcome: Outcome;
  checks: { passed: number; total: number };
  violations: ContractViolation[];
  skipReason?: string;
  notes: string[];
  durationMs: number;
}

export interface RunReport {
  provider: string;
  target: string;
  startedAt: string;
  durationMs: number;
  results: StepResult[];
  coverage: { exercised: string[]; total: string[]; missing: string[] };
  /** Resources created by the run and still present (run without cleanup, or a delete failed). */
  leftBehind: { kind: string; id: string }[];
  requests: number;
  ok: boolean;
}

/** Check categories counted per response; `expectation` only when the step has a behavioural check. */
const CHECKS: ViolationLocation[] = ['status', 'content-type', 'header', 'body'];

export async function runContractTest(options: RunOptions): Promise<RunReport> {
  const flow = own(FLOWS, options.provider);
  if (!flow)
    throw new UsageError(
      `no contract-test flow for provider "${options.provider}" (known: ${Object.keys(FLOWS).join(', ')})`,
    );
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const prism = await PrismContract.load(options.provider);
  const contract = Contract.load(contractPath(options.provider));
  // Steps on the emulator's control plane (loopback only) name operations of <provider>.control.yaml,
  // a fragment of contracts/control.yaml: their answers are checked against it by the engine's own
  // validator (Prism knows only the provider's contract).
  const controlName = `${options.provider}.control`;
  const onControl = flow.steps.some((s) => s.plane === 'control');
  const control = onControl ? Contract.load(contractPath(controlName)) : null;
  const contractOf = (step: { plane?: 'control' }): Contract =>
    step.plane === 'control' && control ? control : contract;
  const unknown = [...(options.only ?? []), ...(options.skip ?? [])].filter((id) => !contract.byId.has(id));
  if (unknown.length) {
    const known = contract.operations.map((o) => o.id).join(', ');
    throw new UsageError(
      `unknown operation${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (the contract has: ${known})`,
    );
  }
  const client = new TargetClient({
    baseUrl: options.target,
    apiKey: options.apiKey,
    delayMs: options.delayMs ?? (isLoopback(options.target) ? 0 : 100),
    timeoutMs: options.timeoutMs ?? 30_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const run = randomBytes(4).toString('hex');
  const vars: Vars = { run };
  const ledger: { creates: Creates; id: string }[] = [];
  const results: StepResult[] = [];
  const exercised = new Set<string>();
  const selection = selectSteps(flow.steps, options.only, options.skip);
  const record = (r: StepResult): void => {
    results.push(r);
    if (r.status !== null) exercised.add(r.operation);
    options.onResult?.(r);
  };

  const exchange = async (operation: string, req: OutgoingRequest): Promise<{ ex: Exchange; notes: string[] }> => {
    const notes: string[] = [];
    let ex = await client.send(req);
    // A 429 the step did not ask for: wait as told (within reason) and try again, politely.
    for (let attempt = 0; attempt < 2 && ex.status === 429; attempt++) {
      const after = Number(ex.headers['retry-after']);
      if (!Number.isFinite(after) || after > (options.maxRetryAfterS ?? 60)) break;
      notes.push(`429 from ${operation}; retried after ${after}s`);
      await new Promise((r) => setTimeout(r, after * 1000 + 50));
      ex = await client.send(req);
    }
    return { ex, notes };
  };

  const runOne = async (
    spec: Pick<FlowStep, 'id' | 'title' | 'operation' | 'expect' | 'auth' | 'check' | 'plane'>,
    kind: StepResult['kind'],
    req: Omit<OutgoingRequest, 'auth'>,
  ): Promise<{ result: StepResult; ex: Exchange }> => {
    if (spec.plane === 'control') {
      const token: Record<string, string> = options.controlToken ? { 'x-mailsim-token': options.controlToken } : {};
      req = { ...req, headers: { ...req.headers, ...token } };
    }
    const auth = spec.plane === 'control' ? 'none' : (spec.auth ?? 'key');
    // A captured token goes in as a Bearer header of its own; the run's key is then not sent.
    const token = typeof auth === 'object' ? `Bearer ${String(vars[auth.bearer] ?? '')}` : null;
    const sent: OutgoingRequest =
      typeof auth === 'object'
        ? { ...req, auth: 'none', headers: { ...req.headers, authorization: token! } }
        : { ...req, auth };
    const { ex, notes } = await exchange(spec.operation, sent);
    const violations = judge(
      spec.plane === 'control' && control ? engineCheck(control) : prismCheck(prism),
      spec.operation,
      spec.expect,
      ex,
    );
    let total = CHECKS.length + 1;
    if (spec.check && ex.status === spec.expect && !ex.transportError) {
      total++;
      const problem = spec.check(ex.body, vars);
      if (problem) violations.push({ where: 'expectation', pointer: '', message: problem });
    }
    if (ex.transportError) total = 1;
    const failedCategories = new Set(
      violations.map((v) => (v.where === 'expectation' && v.expected !== undefined ? 'expected-status' : v.where)),
    );
    const result: StepResult = {
      id: spec.id,
      title: spec.title,
      operation: spec.operation,
      kind,
      method: req.method,
      path: req.path,
      expected: spec.expect,
      status: ex.status,
      outcome: violations.length ? 'fail' : 'pass',
      checks: { passed: Math.max(0, total - failedCategories.size), total },
      violations,
      notes,
      durationMs: Math.round(ex.durationMs),
    };
    record(result);
    return { result, ex };
  };

  const skip = (
    spec: { id: string; title: string; operation: string; expect: number; plane?: 'control' },
    kind: StepResult['kind'],
    reason: string,
  ): void => {
    const op = contractOf(spec).byId.get(spec.operation);
    record({
      id: spec.id,
      title: spec.title,
      operation: spec.operation,
      kind,
      method: op?.method ?? '?',
      path: op?.path ?? '?',
      expected: spec.expect,
      status: null,
      outcome: 'skip',
      checks: { passed: 0, total: 0 },
      violations: [],
      skipReason: reason,
      notes: [],
      durationMs: 0,
    });
  };

  const runStep = async (step: FlowStep): Promise<void> => {
    if (step.loopbackOnly && !isLoopback(options.target)) return skip(step, 'flow', step.loopbackOnly);
    const missing = (step.needs ?? []).filter((n) => vars[n] === undefined || vars[n] === null);
    if (missing.length) {
      const from = missing.map(
        (m) => flow.steps.find((s) => (s.provides ?? []).includes(m) || `deleted:${s.deletes}` === m)?.id ?? '?',
      );
      return skip(
        step,
        'flow',
        `needs ${missing.join(', ')} (from ${[...new Set(from)].join(', ')}), which an earlier step did not provide`,
      );
    }
    const req = build(contractOf(step), step.operation, step, vars);
    const { ex } = await runOne(step, 'flow', req);
    // Any success counts for state: a create answered with the wrong 2xx still made something
    // (which later steps can use and --cleanup must delete), though the step itself fails.
    const succeeded =
      ex.status !== null && ex.status >= 200 && ex.status < 300 && step.expect >= 200 && step.expect < 300;
    if (succeeded || ex.status === step.expect) {
      step.capture?.(ex.body, vars);
      if (step.creates && vars[step.creates.idVar])
        ledger.push({ creates: step.creates, id: String(vars[step.creates.idVar]) });
      if (step.deletes) {
        vars[`deleted:${step.deletes}`] = true;
        const i = ledger.findIndex((l) => l.creates.idVar === step.deletes && l.id === String(vars[step.deletes!]));
        if (i >= 0) ledger.splice(i, 1);
      }
    }
  };

  for (const step of selection.steps.filter((s) => s.phase === 'main')) await runStep(step);

  const placeholders = flow.placeholders(run);
  for (const c of deriveErrorCases(contract, flow, selection.selected)) {
    const caseVars = { ...placeholders, ...vars };
    await runOne(c, 'error-case', build(contract, c.operation, c, caseVars, c.pathValue));
  }

  for (const step of selection.steps.filter((s) => s.phase === 'teardown')) await runStep(step);

  if (options.cleanup) {
    for (const item of [...ledger].reverse()) {
      const { deleteOperation, deleteStatus = 204 } = item.creates;
      if (!deleteOperation) continue; // the API has no delete for it: it stays in leftBehind
      const spec = {
        id: `cleanup:${item.creates.kind}:${item.id}`,
        title: `clean up ${item.creates.kind}`,
        operation: deleteOperation,
        expect: deleteStatus,
        ...(item.creates.auth ? { auth: item.creates.auth } : {}),
      };
      const req = build(
        contract,
        spec.operation,
        { params: (v) => ({ ...item.creates.params?.(v), [item.creates.param]: item.id }) },
        vars,
      );
      const { ex } = await runOne(spec, 'cleanup', req);
      if (ex.status === deleteStatus || ex.status === 404) ledger.splice(ledger.indexOf(item), 1);
    }
  }

  const total = contract.operations.map((o) => o.id);
  return {
    provider: options.provider,
    target: options.target,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    results,
    coverage: {
      exercised: total.filter((id) => exercised.has(id)),
      total,
      missing: total.filter((id) => !exercised.has(id)),
    },
    leftBehind: ledger.map((l) => ({ kind: l.creates.kind, id: l.id })),
    requests: client.requests,
    ok: results.every((r) => r.outcome !== 'fail'),
  };
}

/** Fills the contract's path template and evaluates the template's query and body. */
function build(
  contract: Contract,
  operation: string,
  t: Pick<ErrorCase, 'params' | 'query' | 'body' | 'headers'>,
  vars: Vars,
  pathValue?: string,
): Omit<OutgoingRequest, 'auth'> {
  const op = contract.byId.get(operation);
  if (!op) throw new Error(`the flow names ${operation}, which the contract does not declare`);
  const params = t.params?.(vars) ?? {};
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    encodeURIComponent(pathValue ?? params[name] ?? String(vars[name] ?? '')),
  );
  const query = t.query?.(vars);
  const body = t.body?.(vars);
  const headers = t.headers?.(vars);
  return {
    method: op.method,
    path,
    ...(query ? { query } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(headers ? { headers } : {}),
  };
}

/** What a contract finds wrong with one response that arrived and parsed. */
type ResponseCheck = (operation: string, ex: Exchange & { status: number }) => ContractViolation[];

const prismCheck =
  (prism: PrismContract): ResponseCheck =>
  (operation, ex) =>
    prism.validateResponse(operation, { status: ex.status, headers: ex.headers, body: ex.body });

/** mailsim's own validator, for a contract Prism was not given (the control plane's). */
const engineCheck =
  (contract: Contract): ResponseCheck =>
  (operation, ex) => {
    const op = contract.byId.get(operation);
    if (!op) return [{ where: 'body', pointer: '', message: `${operation} is not in ${contract.name}` }];
    const type = ex.headers['content-type']?.split(';')[0]?.trim() || undefined;
    return contract
      .validateResponse(op, ex.status, ex.body, type)
      .map((v) => ({ where: 'body' as const, pointer: v.pointer, message: v.message }));
  };

/** The expectation plus everything the contract finds wrong with one response. */
function judge(check: ResponseCheck, operation: string, expect: number, ex: Exchange): ContractViolation[] {
  if (ex.transportError || ex.status === null) {
    return [
      {
        where: 'transport',
        pointer: '',
        message: `no HTTP response: ${ex.transportError ?? 'unknown error'}`,
        expected: `HTTP ${expect}`,
        got: 'no response',
      },
    ];
  }
  const out: ContractViolation[] = [];
  if (ex.status !== expect) {
    const error = (ex.body as { error?: unknown } | undefined)?.error;
    const code =
      error && typeof error === 'object' && 'code' in error
        ? String(error.code)
        : typeof error === 'string'
          ? error
          : null;
    const detail = code ? ` (answered ${code})` : '';
    out.push({
      where: 'expectation',
      pointer: '',
      message: `the flow expects ${expect} here${detail}`,
      expected: String(expect),
      got: String(ex.status),
    });
  }
  if (ex.parseError)
    out.push({ where: 'body', pointer: '', message: ex.parseError, expected: 'JSON', got: ex.text.slice(0, 60) });
  else out.push(...check(operation, { ...ex, status: ex.status }));
  return out;
}

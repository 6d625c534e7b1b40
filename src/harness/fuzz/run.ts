/**
 * Fuzzing an API from its contract: for every operation, generated requests (fast-check, a fixed
 * seed) sent as raw bytes, each answer checked for what a client may rely on whatever it sends:
 *  - an answer arrives (no crash, no hang, no dropped connection);
 *  - no 5xx;
 *  - an answer to a request the contract routes is one the contract declares (status and body:
 *    the provider's own error envelope), and any other answer is a JSON error body.
 * A failing case is shrunk by fast-check to a smallest request that still fails, and printed with
 * the seed and path that replay it.
 */
import type fcType from 'fast-check';
import type { Contract, Operation } from '../../engine/contract.js';
import { type CaseContext, caseArbitrary, describeRequest, type FuzzCase, render } from './cases.js';
import { exchange, type RawResponse } from './raw-http.js';

export interface FuzzApi extends CaseContext {
  /** A name for the report: the provider, or `control`. */
  name: string;
  baseUrl: string;
  contract: Contract;
  /** operationIds left out (streams and long polls never end by themselves). */
  skip?: readonly string[];
}

export interface FuzzOptions {
  fc: typeof fcType;
  /** Generated requests per operation. */
  runs: number;
  seed: number;
  timeoutMs?: number;
  /** Only these operationIds (all when empty). */
  only?: readonly string[];
}

export interface FuzzFailure {
  api: string;
  operationId: string;
  problem: string;
  /** The shrunk request, printable. */
  request: string;
  /** Replays the very case: `fc.check(..., { seed, path })`. */
  seed: number;
  path: string | null;
}

export interface FuzzReport {
  requests: number;
  operations: number;
  failures: FuzzFailure[];
  statuses: Record<string, number>;
}

/** What is wrong with one answer, or null when it is fine. */
export function judge(api: FuzzApi, op: Operation, target: string, res: RawResponse): string | null {
  if (res.transportError) return `no answer (${res.transportError})`;
  if (res.status >= 500) return `answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`;
  const type = res.headers['content-type'] ?? '';
  if (res.body.length === 0 || !/json/i.test(type)) {
    return res.status >= 400 && !(res.status === 405 && res.body.length === 0)
      ? `a ${res.status} without a JSON error body (${type || 'no content-type'})`
      : null;
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body.toString('utf8'));
  } catch {
    return `a ${res.status} whose JSON body does not parse: ${res.body.toString('utf8').slice(0, 200)}`;
  }
  let routed: Operation | null = null;
  try {
    const path = target.split('?')[0]!;
    const m = api.contract.match(op.method, path);
    routed = m.kind === 'match' ? m.op : null;
  } catch {
    routed = null;
  }
  if (!routed)
    return body !== null && typeof body === 'object' ? null : `an unrouted ${res.status} that is not an object`;
  const violations = api.contract.validateResponse(routed, res.status, body, type);
  const listed = violations.map((v) => `${v.pointer} ${v.message}`).join('; ');
  return violations.length ? `the ${res.status} breaks ${routed.id}'s contract: ${listed}` : null;
}

/** Fuzzes every operation of every API in turn; resolves with the counts and each shrunk failure. */
export async function runFuzz(apis: readonly FuzzApi[], options: FuzzOptions): Promise<FuzzReport> {
  const { fc } = options;
  const report: FuzzReport = { requests: 0, operations: 0, failures: [], statuses: {} };
  for (const api of apis) {
    for (const op of api.contract.operations) {
      if (api.skip?.includes(op.id)) continue;
      if (options.only?.length && !options.only.includes(op.id)) continue;
      report.operations++;
      let last: { request: string; problem: string } | null = null;
      const details = await fc.check(
        fc.asyncProperty(caseArbitrary(fc, op, api), async (c: FuzzCase) => {
          const req = render(op, c, api);
          const res = await exchange(api.baseUrl, req, options.timeoutMs);
          report.requests++;
          const key = String(res.status || 'none');
          report.statuses[key] = (report.statuses[key] ?? 0) + 1;
          const problem = judge(api, op, req.target.toString('utf8'), res);
          if (problem) last = { request: describeRequest(req), problem };
          return problem === null;
        }),
        { numRuns: options.runs, seed: options.seed, endOnFailure: false, maxSkipsPerRun: 0 },
      );
      if (details.failed) {
        const shrunk = last as { request: string; problem: string } | null;
        report.failures.push({
          api: api.name,
          operationId: op.id,
          problem: shrunk?.problem ?? String(details.errorInstance ?? 'failed'),
          request: shrunk?.request ?? JSON.stringify(details.counterexample),
          seed: details.seed,
          path: details.counterexamplePath,
        });
      }
    }
  }
  return report;
}

/** The report as text: the figures, then every failure with its shrunk request and how to replay it. */
export function formatFuzzReport(report: FuzzReport): string {
  const lines = [
    `fuzz: ${report.requests} requests over ${report.operations} operations, ` +
      `${report.failures.length} failing operations`,
    `statuses: ${Object.entries(report.statuses)
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  ];
  for (const f of report.failures) {
    lines.push(
      '',
      `✗ ${f.api} ${f.operationId}: ${f.problem}`,
      `  smallest failing request (seed ${f.seed}, path ${f.path ?? '-'}):`,
      `  ${f.request.split('\n').join('\n  ')}`,
    );
  }
  return lines.join('\n');
}

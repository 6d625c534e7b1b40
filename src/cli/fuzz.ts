/**
 * `mailsim contract-test --fuzz N`: generated requests against every operation of a provider's
 * contract (N per operation, a fixed or given seed), each answer checked for a 5xx, a dropped
 * connection, or a status or body the contract does not declare; failures are shrunk and printed
 * with the seed that replays them. Uses fast-check, an optional peer dependency. It sends garbage,
 * oversized bodies and prototype-named fields as fast as the target answers, so it refuses a target
 * that is not on this machine unless told `--allow-remote`.
 */
import { formatFuzzReport, runFuzz } from '../harness/fuzz/run.js';
import { providerFuzzApi } from '../harness/fuzz/apis.js';

export interface FuzzCliOptions {
  provider: string;
  target: string;
  apiKey: string;
  runs: number;
  seed: number;
  allowRemote: boolean;
  only: readonly string[];
  json: boolean;
  timeoutMs?: number;
}

/** The seed the fuzzer uses unless given one (the test suite's too). */
export const DEFAULT_FUZZ_SEED = 20261205;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

/** Whether `target` names this machine (loopback by name or address). */
export function isLoopbackTarget(target: string): boolean {
  try {
    return LOOPBACK.test(new URL(target).hostname);
  } catch {
    return false;
  }
}

async function loadFastCheck(): Promise<typeof import('fast-check') | null> {
  try {
    const mod = (await import('fast-check')) as typeof import('fast-check') & { default?: unknown };
    return (mod.default ?? mod) as typeof import('fast-check');
  } catch {
    return null;
  }
}

/** Runs the fuzzer; the exit code: 0 clean, 1 failures, 2 bad usage or a missing peer. */
export async function runFuzzCommand(o: FuzzCliOptions): Promise<number> {
  if (!Number.isInteger(o.runs) || o.runs < 1) {
    process.stderr.write('--fuzz takes a positive number of requests per operation\n');
    return 2;
  }
  if (!Number.isSafeInteger(o.seed)) {
    process.stderr.write('--seed takes an integer\n');
    return 2;
  }
  if (!isLoopbackTarget(o.target) && !o.allowRemote) {
    process.stderr.write(
      `--fuzz sends malformed, oversized and hostile requests as fast as ${o.target} answers; ` +
        'it runs against a loopback target only, unless you add --allow-remote for a server you own\n',
    );
    return 2;
  }
  const fc = await loadFastCheck();
  if (!fc) {
    process.stderr.write('--fuzz needs fast-check: npm install --save-dev fast-check\n');
    return 2;
  }
  const api = await providerFuzzApi(o.provider, o.target.replace(/\/+$/, ''), o.apiKey);
  const report = await runFuzz([api], {
    fc,
    runs: o.runs,
    seed: o.seed,
    only: o.only,
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
  process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatFuzzReport(report)}\n`);
  return report.failures.length === 0 ? 0 : 1;
}

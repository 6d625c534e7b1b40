/**
 * `mailsim contract-test`: checks a running API (the emulator or the real service) against the
 * provider's contract. Exit 0 when every response conforms, 1 on any violation, 2 on bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readFlags } from './verb.js';
import { DEFAULT_FUZZ_SEED, runFuzzCommand } from './fuzz.js';
import { UsageError, runContractTest } from '../harness/runner.js';
import { formatTable } from '../harness/table.js';
import { toJUnit } from '../harness/junit.js';
import { createControlClient } from '../testing/control-client.js';
import { resolveProviderUrl, resolveTarget } from './target.js';

export const CONTRACT_TEST_USAGE = `Usage:
  mailsim contract-test --provider agentsend --target <baseURL> --api-key <key>
                        [--junit out.xml] [--only op1,op2] [--skip op1,op2] [--cleanup]
                        [--delay ms] [--timeout ms] [--json]
  mailsim contract-test --provider agentsend --target <baseURL> --api-key <key>
                        --fuzz N [--seed S] [--only op1,op2] [--allow-remote] [--json]

  Runs the provider's stateful flow (create, read, list, send, thread, update, delete) and every
  documented error case derived from contracts/<provider>.yaml against the target, and validates
  each response (status, declared headers, body) with Prism's validators.

  --provider   agentsend (default), commune, gent or managed-agents
  --target     base URL, e.g. http://localhost:3000 or https://api.agentsend.io; without it, the
               running mailsim, found the way "mailsim start" runs it (MAILSIM_HOST and
               MAILSIM_<PROVIDER>_PORT, else mailsim.config.json here, else the provider's port)
               (Commune: http://localhost:3001 or https://api.commune.email; Gent:
               http://localhost:3002 or https://api.gent.mx; Managed Agents: http://localhost:3003
               or an openma server; steps that would mint accounts, keys or delete data run only
               against a localhost target)
  --api-key    key for the target (or MAILSIM_API_KEY; against the mailsim found without --target,
               its seeded dev key); for Gent an agent token with every scope; its user-auth steps
               log in with GENT_EMAIL and GENT_PASSWORD (default: the emulator's seeded user)
  --junit      also write a JUnit XML report to this file
  --only/--skip  comma-separated operationIds; --only pulls in the steps those need
  --cleanup    delete what the run created and did not delete itself (steps that script a
               localhost emulator through its control plane send MAILSIM_CONTROL_TOKEN when set)
  --delay      minimum ms between requests (default 100 for remote targets, 0 for localhost)
  --json       print the report as JSON instead of a table
  --fuzz N     instead of the flow: N generated requests per operation (valid and invalid bodies,
               truncated, oversized and multipart bodies, repeated and prototype-named query keys,
               non-ASCII paths, odd headers); fails on a 5xx, a dropped connection or an answer the
               contract does not declare, and prints each failure shrunk, with its seed. Needs
               fast-check installed. Loopback targets only, unless --allow-remote.
  --seed S     the fuzzer's seed (default 20261205): the same seed sends the same requests
`;

export async function run(args: string[]): Promise<number> {
  const flags = readFlags(
    args,
    {
      provider: { type: 'string', default: 'agentsend' },
      target: { type: 'string' },
      'api-key': { type: 'string' },
      junit: { type: 'string' },
      only: { type: 'string', multiple: true },
      skip: { type: 'string', multiple: true },
      cleanup: { type: 'boolean' },
      delay: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
      fuzz: { type: 'string' },
      seed: { type: 'string' },
      'allow-remote': { type: 'boolean' },
    },
    CONTRACT_TEST_USAGE,
  );
  if (typeof flags === 'number') return flags;
  const { values } = flags;
  const found = values.target ? null : await localEmulator(values.provider!, values['api-key']);
  if (typeof found === 'string') {
    process.stderr.write(`${found}\n`);
    return 1;
  }
  const target = values.target ?? found?.url;
  const apiKey = values['api-key'] ?? process.env.MAILSIM_API_KEY ?? found?.key;
  if (!target || !apiKey) {
    process.stderr.write(`contract-test needs --target and --api-key\n\n${CONTRACT_TEST_USAGE}`);
    return 2;
  }
  const list = (v: string[] | undefined): string[] =>
    (v ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const num = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  let delayMs: number | undefined;
  let timeoutMs: number | undefined;
  try {
    delayMs = num(values.delay, 'delay');
    timeoutMs = num(values.timeout, 'timeout');
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }

  if (values.fuzz !== undefined) {
    return runFuzzCommand({
      provider: values.provider!,
      target,
      apiKey,
      runs: Number(values.fuzz),
      seed: values.seed === undefined ? DEFAULT_FUZZ_SEED : Number(values.seed),
      allowRemote: values['allow-remote'] ?? false,
      only: list(values.only),
      json: values.json ?? false,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
  }
  let report: Awaited<ReturnType<typeof runContractTest>>;
  try {
    report = await runContractTest({
      provider: values.provider!,
      target,
      apiKey,
      only: list(values.only),
      skip: list(values.skip),
      cleanup: values.cleanup ?? false,
      ...(process.env.MAILSIM_CONTROL_TOKEN ? { controlToken: process.env.MAILSIM_CONTROL_TOKEN } : {}),
      ...(delayMs !== undefined ? { delayMs } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(formatTable(report, { color: process.stdout.isTTY === true }));
  if (values.junit) {
    const file = resolve(values.junit);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toJUnit(report));
    if (!values.json) process.stdout.write(`JUnit report: ${file}\n`);
  }
  return report.ok ? 0 : 1;
}

/**
 * Without --target: the provider's port of the running mailsim, found as `start` was told to run it,
 * and (unless a key was given) the dev key it seeded, read from its control plane. A string: why not.
 */
async function localEmulator(
  provider: string,
  givenKey: string | undefined,
): Promise<{ url: string; key: string | undefined } | string | null> {
  const found = resolveProviderUrl(provider);
  if (!found) return null;
  if (givenKey ?? process.env.MAILSIM_API_KEY) return { url: found.url, key: undefined };
  const { token } = resolveTarget({});
  try {
    const control = createControlClient(found.url, token ? { token } : {});
    const { data } = await control.providers();
    return { url: found.url, key: data.find((p) => p.name === provider)?.devKeys[0]?.key };
  } catch (e) {
    const why = (e as Error).message;
    return `no mailsim answering at ${found.url} (from ${found.source}): ${why}; give --target and --api-key`;
  }
}

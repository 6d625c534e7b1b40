/**
 * mailsim — local emulator and contract-test harness for the email APIs AI agents use.
 *
 * Entry points of the package:
 *  - `mailsim`                 (this module): run the emulator, the contract test and the proxy from code
 *  - `mailsim/testing`         helpers for your own tests (in-process requests, dev keys, webhook receiver)
 *  - `mailsim/msw`             msw 2.x handlers backed by an in-memory emulator (needs `msw`)
 *  - `mailsim/testcontainers`  a testcontainers module for the Docker image (needs `testcontainers`)
 *  - the `mailsim` command     `mailsim start | contract-test | proxy`
 *
 * Everything exported here is listed explicitly, by group; anything not listed is internal.
 */

// ── The emulator ───────────────────────────────────────────────────────────────────────────────
/**
 * Starts mailsim: the engine, one HTTP listener per provider (with the `/_mailsim` control plane)
 * and the mail plane. Resolves once every port listens.
 * @example
 * const mailsim = await startMailsim({ db: ':memory:', ports: { agentsend: 0 } });
 * console.log(mailsim.url('agentsend'), mailsim.apiKeys.agentsend[0].key);
 * await mailsim.close();
 */
export { startMailsim } from './server.js';
export type { MailsimServer, StartOptions, ListenerInfo } from './server.js';
/** Configuration layers: defaults, `mailsim.config.json`, `MAILSIM_*` variables, flags (later wins). */
export { buildConfig, defaultConfig, configFromEnv, configFromFile, DEFAULT_PORTS } from './config.js';
export type { MailsimConfig } from './config.js';

// ── The engine, for embedding and for writing providers ────────────────────────────────────────
/** The runtime behind every transport: store, clock, ids, jobs, journal, faults, one pipeline per provider. */
export { Engine } from './engine/engine.js';
export type { EngineOptions } from './engine/engine.js';
/** The transport-neutral request pipeline (`process(PipelineRequest) → PipelineResponse`). */
export { Pipeline } from './engine/pipeline.js';
export type { PipelineRequest, PipelineResponse, ValidationMode } from './engine/pipeline.js';
/** An OpenAPI contract as the emulator uses it: routing plus Ajv validation. */
export { Contract } from './engine/contract.js';
export type { Operation, Violation } from './engine/contract.js';
/** The engine clock: real or frozen, settable and advanceable; the only source of "now". */
export { Clock } from './engine/clock.js';
/** Fault injection rules (status, latency, reset, hang, truncate, malformed). */
export { FaultEngine, FAULT_HEADER, parseFaultHeader } from './engine/faults.js';
export type { FaultAction, FaultRuleInput, FaultRule, FaultMatch, LatencySpec } from './engine/faults.js';
/** The bounded request journal read at `/_mailsim/requests`. */
export { Journal } from './engine/journal.js';
export type { JournalEntry, JournalFilter } from './engine/journal.js';
/** Typed errors handlers throw; providers render them in their own envelope. */
export { MailsimError, isMailsimError } from './engine/errors.js';
/** Engine-made outcomes each API renders in its own envelope. */
export type { EngineOutcome } from './engine/outcomes.js';
/** The provider plugin interface. */
export type {
  ApiDefinition,
  ProviderDefinition,
  ProviderControl,
  Handler,
  HandlerContext,
  HandlerInput,
  HandlerResult,
  EngineServices,
  Principal,
  SeedSummary,
  RenderedError,
  RequestFacts,
} from './engine/provider.js';
/** The provider registry: `loadProvider('agentsend')`. */
export { loadProvider, PROVIDERS } from './providers/index.js';

// ── The contract-test harness ──────────────────────────────────────────────────────────────────
/**
 * Runs a provider's stateful flow and its contract-derived error cases against any base URL and
 * validates every response with Prism. Same as `mailsim contract-test`.
 * @example
 * const report = await runContractTest({ provider: 'agentsend', target: 'http://localhost:3000', apiKey });
 * process.stdout.write(formatTable(report));
 * if (!report.ok) process.exitCode = 1;
 */
export { runContractTest, FLOWS, UsageError } from './harness/runner.js';
export type { RunOptions, RunReport, StepResult, Outcome } from './harness/runner.js';
/** The readable table and the JUnit XML of a run. */
export { formatTable, coverageLine, summaryLine } from './harness/table.js';
export { toJUnit } from './harness/junit.js';
/** Prism-based contract checks, independent of the emulator's own validation. */
export { PrismContract } from './harness/validate.js';
export type { ContractViolation, ViolationLocation, ObservedResponse, ObservedRequest } from './harness/validate.js';
/** Flow vocabulary, for adding a provider's flow. */
export type { FlowDefinition, FlowStep, ErrorCase, RequestTemplate, Vars } from './harness/flow.js';

// ── The validating proxy ───────────────────────────────────────────────────────────────────────
/**
 * Forwards traffic unchanged to the real API and records contract violations of real requests
 * and responses. Same as `mailsim proxy`.
 * @example
 * const proxy = await startProxy({ provider: 'agentsend', upstream: 'https://api.agentsend.io', port: 3100 });
 */
export { startProxy } from './harness/proxy.js';
export type { ProxyOptions, RunningProxy } from './harness/proxy.js';

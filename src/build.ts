/**
 * The one way to build an engine: from a configuration and the providers to run (names or
 * definitions). The server, msw mode and the tests all build through here, so the clock's start
 * state, the mail plane, the providers and the traffic settings are wired the same everywhere.
 *
 * `buildEngine` does it all; msw mode, which must hand out its engine synchronously, calls the two
 * halves itself: `newEngine` (the runtime, at once) and `startEngine` (mail plane, providers,
 * traffic settings).
 */
import { Clock } from './engine/clock.js';
import { Engine } from './engine/engine.js';
import type { IdSource } from './engine/ids.js';
import type { ProviderDefinition } from './engine/provider.js';
import type { WebhookEngine } from './engine/webhooks.js';
import { applyTrafficConfig } from './control/scenarios.js';
import type { MailsimConfig } from './config.js';
import { loadProvider } from './providers/index.js';

export interface BuildOptions {
  /** Providers to run, by name or as definitions; default: those `config.ports` names. */
  providers?: (string | ProviderDefinition<any>)[];
  ids?: IdSource;
  clock?: Clock;
  /** A capture to use instead of the durable webhook outbox. */
  webhooks?: WebhookEngine;
  /** Whether the control plane checks Host and Origin (off in msw mode, where there is no network). */
  checkControlHost?: boolean;
}

export async function buildEngine(config: MailsimConfig, options: BuildOptions = {}): Promise<Engine> {
  const engine = newEngine(config, options);
  await startEngine(engine, config, options);
  return engine;
}

/** The engine runtime, with its clock in the configured start state; no provider yet. */
export function newEngine(config: MailsimConfig, options: BuildOptions = {}): Engine {
  const clock = options.clock ?? new Clock();
  if (config.clockFrozenAt) {
    clock.setMode('frozen');
    clock.set(Date.parse(config.clockFrozenAt));
  }
  return new Engine({
    db: config.db,
    validation: config.validation,
    journalSize: config.journalSize,
    seed: config.seed,
    clock,
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    settings: {
      quirks: config.quirks,
      rateLimits: config.rateLimits,
      scenarioDir: config.scenarioDir,
      controlAccess: {
        token: config.controlToken,
        checkHost: options.checkControlHost ?? true,
        allowedHosts: config.allowedHosts,
        listenHost: config.host,
      },
      ...config.providerSettings,
    },
    mail: config,
  });
}

/** Starts the mail plane, adds the providers, applies the traffic settings; closes the engine on failure. */
export async function startEngine(engine: Engine, config: MailsimConfig, options: BuildOptions = {}): Promise<void> {
  // Every provider's code is asked for at once, so reading the module files overlaps the mail
  // plane's start and the other providers' set-up instead of each import waiting its turn.
  const definitions = (options.providers ?? Object.keys(config.ports)).map((p) =>
    typeof p === 'string' ? loadProvider(p) : Promise.resolve(p),
  );
  // A failure is read below, in order; until then no rejection may go unhandled.
  for (const d of definitions) d.catch(() => undefined);
  try {
    // Before the providers start: their resolvers register on it and resumed jobs may send at once.
    await engine.plane.start();
    for (const definition of definitions) engine.addProvider(await definition);
    // Limits, fault seed, scenario files and the clock's start state (see control/scenarios.ts).
    applyTrafficConfig(engine, config);
    // Validators compile on first use, one operation at a time: compiling every one up front costs
    // most of a second of start-up and a large transient heap. `--warm` compiles them all now.
    if (config.warm) for (const name of engine.providerNames()) engine.provider(name)?.contract.warm();
  } catch (e) {
    await engine.close();
    throw e;
  }
}

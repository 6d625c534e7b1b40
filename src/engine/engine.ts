/**
 * The engine runtime: the shared services (store, clock, ids, the due-work queue with its jobs and
 * webhook lanes, journal, faults, idempotency, mail plane) and one pipeline per API. Knows
 * providers only through their definitions. Build one with `buildEngine` (src/build.ts), which the
 * server, msw mode and the tests all use.
 */
import { Clock } from './clock.js';
import { Contract } from './contract.js';
import { FaultEngine } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { randomIds, type IdSource } from './ids.js';
import { JobRunner } from './jobs.js';
import { Listeners } from './listeners.js';
import { Journal } from './journal.js';
import { createMailPlane, type MailSettings } from './mail/index.js';
import type { MailPlane, SmtpMailPlane } from './mail/index.js';
import type { OpenResponses } from './node-transport.js';
import { Pipeline, type ValidationMode } from './pipeline.js';
import type { ApiDefinition, EngineServices, ProviderDefinition, SeedSummary } from './provider.js';
import { DueWorkQueue } from './queue.js';
import { openStore, type Store } from './store.js';
import { WebhookOutbox, type WebhookEngine } from './webhooks.js';

export interface EngineOptions {
  db: string;
  validation: ValidationMode;
  journalSize: number;
  seed: boolean;
  ids?: IdSource;
  clock?: Clock;
  /** Free-form settings the providers read (quirks, per-provider overrides). */
  settings: Record<string, unknown>;
  /** How mail moves: an SMTP listener and/or relay, or (the default) in process, without a socket. */
  mail?: MailSettings;
  /** Replaces the durable outbox as what providers enqueue webhooks on (a test capture). */
  webhooks?: WebhookEngine;
}

export interface ProviderEntry {
  def: ProviderDefinition<any>;
  contract: Contract;
  pipeline: Pipeline;
  services: EngineServices;
  seed: SeedSummary | null;
}

const IN_PROCESS_MAIL: MailSettings = {
  smtp: false,
  smtpHost: '127.0.0.1',
  smtpPort: 0,
  smtpMaxBytes: 25 * 1024 * 1024,
  smtpRelay: null,
  mailRetention: 10_000,
};

export class Engine {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** Everything the engine does later (send jobs, webhook deliveries): `await engine.queue.idle()` in tests. */
  readonly queue: DueWorkQueue;
  readonly jobs: JobRunner;
  readonly journal: Journal;
  readonly faults = new FaultEngine();
  readonly idempotency: IdempotencyStore;
  /** The mail plane: SMTP listener and relay (when configured), the sink, one mail world. */
  readonly plane: SmtpMailPlane;
  /** What providers send mail through: the plane, or a test's capture swapped in at any time. */
  mail: MailPlane;
  /** The durable webhook outbox (inspection and manual retry go through it). */
  readonly outbox: WebhookOutbox;
  /** What providers enqueue webhooks on: the outbox, or a test's capture swapped in at any time. */
  webhooks: WebhookEngine;
  validation: ValidationMode;
  /** Responses held open by a transport (hang faults, streams), so shutdown can release them. */
  readonly open: OpenResponses = new Set();
  /** Told after each reset (all providers, one, or one tenant), so watchers can read state afresh. */
  readonly resets = new Listeners<{ provider: string | null; tenant: string | null }>();
  private readonly providers = new Map<string, ProviderEntry>();
  private readonly baseUrls = new Map<string, string>();

  constructor(readonly options: EngineOptions) {
    this.store = openStore(options.db);
    this.clock = options.clock ?? new Clock();
    this.ids = options.ids ?? randomIds;
    this.queue = new DueWorkQueue(this.clock, () => this.store.db.open);
    this.jobs = new JobRunner(this.store, this.clock, this.ids, this.queue);
    this.journal = new Journal(options.journalSize);
    this.idempotency = new IdempotencyStore(this.store);
    this.validation = options.validation;
    this.plane = createMailPlane(this, options.mail ?? IN_PROCESS_MAIL);
    this.mail = this.plane;
    this.outbox = new WebhookOutbox(this.store, this.clock, this.ids, this.queue);
    this.webhooks = options.webhooks ?? this.outbox;
  }

  /** The services an API's handlers and hooks see. */
  services(name: string): EngineServices {
    const engine = this;
    return {
      store: this.store,
      clock: this.clock,
      ids: this.ids,
      jobs: this.jobs,
      get mail() {
        return engine.mail;
      },
      get webhooks() {
        return engine.webhooks;
      },
      baseUrl: () => this.baseUrls.get(name) ?? `http://localhost:${engine.providers.get(name)?.def.defaultPort ?? 0}`,
      config: this.options.settings,
      settings: (this.options.settings[name] as Record<string, unknown> | undefined) ?? {},
    };
  }

  /** A pipeline for any API over this engine's services (the control plane uses this). */
  pipelineFor(api: ApiDefinition<any>, contract: Contract, services: EngineServices): Pipeline {
    return new Pipeline(api, contract, {
      services,
      journal: this.journal,
      faults: this.faults,
      idempotency: this.idempotency,
      validation: () => this.validation,
    });
  }

  /** Migrates, seeds (into an empty DB) and starts one provider. */
  addProvider(def: ProviderDefinition<any>): ProviderEntry {
    const contract = Contract.load(def.contractFile, def.routing);
    this.store.migrate(def.name, def.migrationsDir);
    const services = this.services(def.name);
    const entry: ProviderEntry = {
      def,
      contract,
      pipeline: this.pipelineFor(def, contract, services),
      services,
      seed: null,
    };
    this.providers.set(def.name, entry);
    if (this.options.seed) entry.seed = this.seedIfEmpty(entry);
    this.outbox.register(def.name, def.webhookPolicy);
    def.start?.(services);
    return entry;
  }

  provider(name: string): ProviderEntry | undefined {
    return this.providers.get(name);
  }

  providerNames(): string[] {
    return [...this.providers.keys()];
  }

  setBaseUrl(provider: string, url: string): void {
    this.baseUrls.set(provider, url);
  }

  baseUrl(provider: string): string | undefined {
    return this.baseUrls.get(provider);
  }

  /**
   * Deletes a provider's rows (all tenants, or one) and re-seeds when everything was cleared.
   * Runs without a restart.
   */
  reset(provider?: string, tenant?: string): void {
    const names = provider ? [provider] : this.providerNames();
    const db = this.store.db;
    // A full reset empties whole tables. With foreign keys off SQLite drops a table's pages at once
    // (its truncate optimisation) instead of deleting row by row: 10k stored messages took 30-40 ms
    // with them on, about 2 ms off. Nothing relies on a cascade here: every provider table is
    // emptied children first, and the outbox deletes its attempts itself. The pragma is a no-op
    // inside a transaction, so a reset nested in one keeps the row-by-row path.
    const truncate = !tenant && !db.inTransaction;
    if (truncate) db.pragma('foreign_keys = OFF');
    try {
      this.resetRows(names, provider, tenant);
    } finally {
      if (truncate) db.pragma('foreign_keys = ON');
    }
    this.resets.emit({ provider: provider ?? null, tenant: tenant ?? null });
  }

  private resetRows(names: string[], provider: string | undefined, tenant: string | undefined): void {
    const db = this.store.db;
    this.store.tx(() => {
      for (const name of names) {
        const entry = this.providers.get(name);
        if (!entry) continue;
        // Children first: tables are declared parent-first.
        for (const t of [...entry.def.tables].reverse()) {
          if (tenant && t.tenantColumn) db.prepare(`DELETE FROM ${t.name} WHERE ${t.tenantColumn} = ?`).run(tenant);
          else if (!tenant) db.prepare(`DELETE FROM ${t.name}`).run();
        }
        if (tenant) db.prepare('DELETE FROM jobs WHERE provider = ? AND tenant = ?').run(name, tenant);
        else db.prepare('DELETE FROM jobs WHERE provider = ?').run(name);
        // A tenant reset touches only that tenant's keys and rate-limit window.
        if (tenant)
          db.prepare('DELETE FROM idempotency_keys WHERE provider = ? AND scope = ?').run(name, `t:${tenant}`);
        else db.prepare('DELETE FROM idempotency_keys WHERE provider = ?').run(name);
        this.outbox.reset(name, tenant);
        for (const limiter of entry.pipeline.limiters) {
          if (tenant) limiter.resetTenant(tenant);
          else limiter.reset();
        }
        if (!tenant) {
          db.prepare('DELETE FROM engine_meta WHERE key = ?').run(`seeded:${name}`);
          if (this.options.seed) entry.seed = this.seedIfEmpty(entry);
        }
      }
      this.plane.reset(provider, tenant);
      if (this.mail !== this.plane) this.mail.reset?.(provider, tenant);
    });
  }

  /**
   * Stops: no new work starts, webhook attempts in flight are cut short (their rows stay due for
   * the next start), held responses are released, running jobs get `graceMs` to finish, then the
   * mail plane and the database close.
   */
  async close(graceMs = 2000): Promise<void> {
    this.queue.close();
    this.outbox.close();
    for (const res of this.open) res.destroy();
    await this.queue.settle(graceMs);
    await this.plane.close();
    this.store.close();
  }

  private seedIfEmpty(entry: ProviderEntry): SeedSummary | null {
    const key = `seeded:${entry.def.name}`;
    const seeded = this.store.db.prepare('SELECT value FROM engine_meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    if (seeded) return JSON.parse(seeded.value) as SeedSummary;
    return this.store.tx(() => {
      const summary = entry.def.seed(entry.services);
      this.store.db
        .prepare('INSERT OR REPLACE INTO engine_meta (key, value) VALUES (?, ?)')
        .run(key, JSON.stringify(summary));
      return summary;
    });
  }
}

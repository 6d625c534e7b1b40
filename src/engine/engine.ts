/**
 * The engine runtime: the shared services (store, clock, ids, jobs, journal, faults, idempotency,
 * mail plane, webhooks) and one pipeline per provider. Knows providers only through their
 * definitions.
 */
import type { ServerResponse } from 'node:http';
import { Clock } from './clock.js';
import { Contract } from './contract.js';
import { FaultEngine } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { randomIds, type IdSource } from './ids.js';
import { JobRunner } from './jobs.js';
import { Journal } from './journal.js';
import { LoopbackOnlyMailPlane, type MailPlane } from './mail/types.js';
import { ProviderPipeline, type ValidationMode } from './pipeline.js';
import type { EngineServices, ProviderDefinition, SeedSummary } from './provider.js';
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
  mail?: MailPlane;
  webhooks?: WebhookEngine;
}

interface ProviderEntry {
  def: ProviderDefinition;
  contract: Contract;
  pipeline: ProviderPipeline;
  services: EngineServices;
  seed: SeedSummary | null;
}

export class Engine {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly jobs: JobRunner;
  readonly journal: Journal;
  readonly faults = new FaultEngine();
  readonly idempotency: IdempotencyStore;
  mail: MailPlane;
  /** The durable webhook outbox and its dispatcher (inspection and manual retry go through it). */
  readonly outbox: WebhookOutbox;
  webhooks: WebhookEngine;
  validation: ValidationMode;
  readonly hung = new Set<ServerResponse>();
  private readonly providers = new Map<string, ProviderEntry>();
  private readonly baseUrls = new Map<string, string>();

  constructor(readonly options: EngineOptions) {
    this.store = openStore(options.db);
    this.clock = options.clock ?? new Clock();
    this.ids = options.ids ?? randomIds;
    this.jobs = new JobRunner(this.store, this.clock, this.ids);
    this.journal = new Journal(options.journalSize);
    this.idempotency = new IdempotencyStore(this.store);
    this.validation = options.validation;
    this.mail = options.mail ?? new LoopbackOnlyMailPlane();
    this.outbox = new WebhookOutbox(this.store, this.clock, this.ids);
    this.webhooks = options.webhooks ?? this.outbox;
  }

  /** Migrates, seeds (into an empty DB) and starts one provider. */
  addProvider(def: ProviderDefinition): ProviderEntry {
    const contract = Contract.load(def.contractFile);
    this.store.migrate(def.name, def.migrationsDir);
    const engine = this;
    const services: EngineServices = {
      store: this.store,
      clock: this.clock,
      ids: this.ids,
      jobs: this.jobs,
      get mail() { return engine.mail; },
      get webhooks() { return engine.webhooks; },
      baseUrl: () => this.baseUrls.get(def.name) ?? `http://localhost:${def.defaultPort}`,
      config: this.options.settings,
    };
    const pipeline = new ProviderPipeline(def, contract, {
      services, journal: this.journal, faults: this.faults, idempotency: this.idempotency,
      validation: () => this.validation, hung: this.hung,
    });
    const entry: ProviderEntry = { def, contract, pipeline, services, seed: null };
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
    this.store.tx(() => {
      for (const name of names) {
        const entry = this.providers.get(name);
        if (!entry) continue;
        // Children first: tables are declared parent-first.
        for (const t of [...entry.def.tables].reverse()) {
          if (tenant && t.tenantColumn) this.store.db.prepare(`DELETE FROM ${t.name} WHERE ${t.tenantColumn} = ?`).run(tenant);
          else if (!tenant) this.store.db.prepare(`DELETE FROM ${t.name}`).run();
        }
        if (tenant) this.store.db.prepare('DELETE FROM jobs WHERE provider = ? AND tenant = ?').run(name, tenant);
        else this.store.db.prepare('DELETE FROM jobs WHERE provider = ?').run(name);
        // A tenant reset touches only that tenant's keys and rate-limit window.
        if (tenant) this.store.db.prepare('DELETE FROM idempotency_keys WHERE provider = ? AND scope = ?').run(name, `t:${tenant}`);
        else this.store.db.prepare('DELETE FROM idempotency_keys WHERE provider = ?').run(name);
        this.outbox.reset(name, tenant);
        for (const limiter of entry.pipeline.limiters) {
          if (tenant) limiter.resetTenant(tenant);
          else limiter.reset();
        }
        if (!tenant) {
          this.store.db.prepare('DELETE FROM engine_meta WHERE key = ?').run(`seeded:${name}`);
          if (this.options.seed) entry.seed = this.seedIfEmpty(entry);
        }
      }
      this.mail.reset?.(provider, tenant);
    });
  }

  close(): void {
    this.jobs.stop();
    this.outbox.close();
    for (const res of this.hung) res.destroy();
    this.store.close();
  }

  private seedIfEmpty(entry: ProviderEntry): SeedSummary | null {
    const key = `seeded:${entry.def.name}`;
    const seeded = this.store.db.prepare('SELECT value FROM engine_meta WHERE key = ?').get(key) as { value: string } | undefined;
    if (seeded) return JSON.parse(seeded.value) as SeedSummary;
    return this.store.tx(() => {
      const summary = entry.def.seed(entry.services);
      this.store.db.prepare('INSERT OR REPLACE INTO engine_meta (key, value) VALUES (?, ?)').run(key, JSON.stringify(summary));
      return summary;
    });
  }
}

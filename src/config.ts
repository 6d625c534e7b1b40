/**
 * One typed configuration: command-line flags > environment (MAILSIM_*) > mailsim.config.json >
 * defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ValidationMode } from './engine/pipeline.js';
import type { LimitSettings } from './engine/ratelimit.js';

export interface MailsimConfig {
  /** SQLite file, or ":memory:". */
  db: string;
  host: string;
  /** Provider name → port (0 = ephemeral). Only listed providers are started. */
  ports: Record<string, number>;
  smtpPort: number;
  smtpHost: string;
  /** Relay outbound mail to another SMTP server instead of only the built-in sink. */
  smtpRelay: string | null;
  /** Largest inbound SMTP message accepted, in bytes. */
  smtpMaxBytes: number;
  /** How many messages the mail sink keeps. */
  mailRetention: number;
  validation: ValidationMode;
  journalSize: number;
  /** Load the provider seeds into an empty database. */
  seed: boolean;
  /** Scenario files with fault rules to load at start. */
  scenarios: string[];
  /**
   * A directory of scenario files the control plane may load by name (`POST /_mailsim/scenarios
   * {"name"}`) besides the shipped ones; null: shipped ones only. The control plane reads no other file.
   */
  scenarioDir: string | null;
  /**
   * A token the control plane requires on every request but the health check (`auto`: a random one,
   * printed at start); null: none, and only this machine's names may reach it (see control/access.ts).
   */
  controlToken: string | null;
  /** Host names the control plane answers to besides loopback ones and the listening address. */
  allowedHosts: string[];
  /** Reproduce documented production quirks (see contracts/<provider>.md). */
  quirks: boolean;
  /** Whether the global request rate limiter runs (false switches every provider's limiter off). */
  rateLimits: boolean;
  /**
   * Rate limits by provider ("*" applies to every provider), e.g.
   * `{"agentsend": {"default": "100/60s", "plans": {"pro": "1000/60s"}, "keys": {"ask_...": "5/1s"}}}`.
   */
  limits: Record<string, LimitSettings>;
  /** Seed for fault probabilities and sampled latencies, for reproducible runs (null: random). */
  faultSeed: number | null;
  /** Start the clock frozen at this ISO time instead of real time. */
  clockFrozenAt: string | null;
  /** Whether to run the SMTP listener at all (off for the in-process msw mode). */
  smtp: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Compile every contract validator at start instead of on first use. */
  warm: boolean;
  /** Provider → operation → free-form per-provider settings (e.g. domain verification outcome). */
  providerSettings: Record<string, Record<string, unknown>>;
}

export const DEFAULT_PORTS: Record<string, number> = {
  agentsend: 3000,
  commune: 3001,
  gent: 3002,
  'managed-agents': 3003,
};

export function defaultConfig(): MailsimConfig {
  return {
    db: '.mailsim/mailsim.db',
    host: '127.0.0.1',
    ports: { ...DEFAULT_PORTS },
    smtpPort: 2525,
    smtpHost: '127.0.0.1',
    smtpRelay: null,
    smtpMaxBytes: 25 * 1024 * 1024,
    mailRetention: 5000,
    validation: 'strict',
    journalSize: 1000,
    seed: true,
    scenarios: [],
    scenarioDir: null,
    controlToken: null,
    allowedHosts: [],
    quirks: false,
    rateLimits: true,
    limits: {},
    faultSeed: null,
    clockFrozenAt: null,
    smtp: true,
    logLevel: 'info',
    warm: false,
    providerSettings: {},
  };
}

const bool = (v: string): boolean => v === '1' || v.toLowerCase() === 'true' || v.toLowerCase() === 'yes';

/** Reads MAILSIM_* variables. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<MailsimConfig> {
  const out: Partial<MailsimConfig> = {};
  if (env.MAILSIM_DB) out.db = env.MAILSIM_DB;
  if (env.MAILSIM_HOST) out.host = env.MAILSIM_HOST;
  if (env.MAILSIM_SMTP_PORT) out.smtpPort = Number(env.MAILSIM_SMTP_PORT);
  if (env.MAILSIM_SCENARIO_DIR) out.scenarioDir = env.MAILSIM_SCENARIO_DIR;
  if (env.MAILSIM_CONTROL_TOKEN) out.controlToken = env.MAILSIM_CONTROL_TOKEN;
  if (env.MAILSIM_ALLOWED_HOSTS)
    out.allowedHosts = env.MAILSIM_ALLOWED_HOSTS.split(',')
      .map((h) => h.trim())
      .filter(Boolean);
  if (env.MAILSIM_SMTP_RELAY) out.smtpRelay = env.MAILSIM_SMTP_RELAY;
  if (env.MAILSIM_SMTP_HOST) out.smtpHost = env.MAILSIM_SMTP_HOST;
  if (env.MAILSIM_SMTP_MAX_BYTES) out.smtpMaxBytes = Number(env.MAILSIM_SMTP_MAX_BYTES);
  if (env.MAILSIM_MAIL_RETENTION) out.mailRetention = Number(env.MAILSIM_MAIL_RETENTION);
  if (env.MAILSIM_SMTP) out.smtp = bool(env.MAILSIM_SMTP);
  if (env.MAILSIM_VALIDATION) out.validation = env.MAILSIM_VALIDATION as ValidationMode;
  if (env.MAILSIM_JOURNAL_SIZE) out.journalSize = Number(env.MAILSIM_JOURNAL_SIZE);
  if (env.MAILSIM_RATE_LIMITS) out.rateLimits = bool(env.MAILSIM_RATE_LIMITS);
  // MAILSIM_RATE_LIMIT=100/60s sets the default limit of every provider.
  if (env.MAILSIM_RATE_LIMIT) out.limits = { '*': { default: env.MAILSIM_RATE_LIMIT } };
  if (env.MAILSIM_FAULT_SEED) out.faultSeed = Number(env.MAILSIM_FAULT_SEED);
  if (env.MAILSIM_SCENARIOS)
    out.scenarios = env.MAILSIM_SCENARIOS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (env.MAILSIM_QUIRKS) out.quirks = bool(env.MAILSIM_QUIRKS);
  if (env.MAILSIM_LOG_LEVEL) out.logLevel = env.MAILSIM_LOG_LEVEL as MailsimConfig['logLevel'];
  const ports: Record<string, number> = {};
  for (const [k, v] of Object.entries(env)) {
    // MAILSIM_MANAGED_AGENTS_PORT names the provider "managed-agents".
    const m = /^MAILSIM_([A-Z][A-Z_]*)_PORT$/.exec(k);
    if (m && m[1] !== 'SMTP' && v) ports[m[1]!.toLowerCase().replace(/_/g, '-')] = Number(v);
  }
  if (Object.keys(ports).length) out.ports = { ...DEFAULT_PORTS, ...ports };
  return out;
}

export function configFromFile(cwd = process.cwd()): Partial<MailsimConfig> {
  const file = resolve(cwd, 'mailsim.config.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Partial<MailsimConfig>;
}

export function buildConfig(...layers: Partial<MailsimConfig>[]): MailsimConfig {
  const cfg = defaultConfig();
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      // A layer that names ports names the whole set of providers to start.
      if (k === 'ports') cfg.ports = { ...(v as Record<string, number>) };
      else if (k === 'limits') cfg.limits = mergeLimits(cfg.limits, v as Record<string, LimitSettings>);
      else (cfg as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return cfg;
}

/** Later layers win per provider and per field; plans and keys merge by name. */
export function mergeLimits(...layers: (Record<string, LimitSettings> | undefined)[]): Record<string, LimitSettings> {
  const out: Record<string, LimitSettings> = {};
  for (const layer of layers) {
    for (const [provider, s] of Object.entries(layer ?? {})) {
      const prev = out[provider] ?? {};
      out[provider] = {
        ...prev,
        ...s,
        ...(prev.plans || s.plans ? { plans: { ...prev.plans, ...s.plans } } : {}),
        ...(prev.keys || s.keys ? { keys: { ...prev.keys, ...s.keys } } : {}),
      };
    }
  }
  return out;
}

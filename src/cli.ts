#!/usr/bin/env node
/**
 * mailsim command line: `mailsim start` and the other verbs.
 */
import { resolve } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import { DEFAULT_PORTS, configFromEnv, configFromFile, mergeLimits, type MailsimConfig } from './config.js';
import { log } from './engine/log.js';
import { readFlags, serveUntilSignal } from './cli/verb.js';
import { exampleCurl } from './control/providers.js';

const START_USAGE = `Usage:
  mailsim start [--db FILE|:memory:] [--providers agentsend,commune,gent,managed-agents] [--port N] [--host H]
                [--smtp-port N] [--smtp-relay smtp://host:port] [--no-smtp] [--smtp-max-bytes N]
                [--mail-retention N]
                [--validation strict|warn|off] [--journal-size N] [--no-seed] [--warm]
                [--scenario FILE|NAME]... [--scenario-dir DIR] [--control-token T|auto] [--allowed-hosts a,b]
                [--fault-seed N] [--no-rate-limits] [--rate-limit 100/60s] [--quirks] [--frozen-clock ISO]
                [--log-level debug|info|warn|error|silent]

--providers starts only the providers named (default: all, AgentSend on 3000, Commune on 3001,
Gent on 3002, Managed Agents on 3003);
--port N starts the first provider named (AgentSend when --providers is not given) on port N,
and only the providers named. --quirks reproduces documented production bugs (see
contracts/<provider>.md). --warm compiles every contract validator at start.

--scenario takes a YAML file or the name of a shipped one (fixtures/scenarios/: 429-storm,
flaky-503, slow-sends). POST /_mailsim/scenarios {"name"} loads only shipped scenarios and the
files in --scenario-dir. --rate-limit sets every provider's default limit; per plan and per
key limits go in mailsim.config.json under "limits".

Flags win over MAILSIM_* variables (MAILSIM_HOST, MAILSIM_AGENTSEND_PORT, MAILSIM_CONTROL_TOKEN, ...),
which win over mailsim.config.json in the working directory.
`;

const USAGE = `mailsim — local emulator and contract-test harness for agent email APIs

Usage:
  mailsim start [options]             run the emulator (mailsim start --help)
  mailsim contract-test --provider agentsend|commune|gent|managed-agents [--target URL --api-key KEY]
                        [--junit FILE] [--only ops] [--skip ops] [--cleanup]
  mailsim proxy --provider agentsend --upstream URL [--port N]
  mailsim mail ls|show|raw|wait [--url URL] [--token T]
  mailsim mcp [--url URL] [--token T]   an MCP server (stdio) for AI agents and coding assistants
  mailsim help

Each command takes --help. mail, mcp and contract-test (without --target) find a running emulator
the way start was told to run it (MAILSIM_* variables, else mailsim.config.json, else the default
ports) unless --url is given.
`;

/** Width of the banner's labels (the longest: "managed-agents API"), so the URLs line up. */
const BANNER_LABEL = 18;

export async function main(argv: string[]): Promise<number> {
  const [verb = 'start', ...rest] = argv;
  switch (verb) {
    case 'start':
      return start(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default: {
      const extra = await loadVerb(verb);
      if (extra) return extra(rest);
      process.stderr.write(`unknown command "${verb}"\n\n${USAGE}`);
      return 2;
    }
  }
}

/** Verbs implemented in their own modules, loaded only when used. */
async function loadVerb(verb: string): Promise<((args: string[]) => Promise<number>) | null> {
  const verbs: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
    'contract-test': async () => (await import('./cli/contract-test.js')).run,
    proxy: async () => (await import('./cli/proxy.js')).run,
    mail: async () => (await import('./cli/mail.js')).run,
    mcp: async () => (await import('./cli/mcp.js')).run,
  };
  return verbs[verb] ? verbs[verb]() : null;
}

async function start(args: string[]): Promise<number> {
  const parsed = readFlags(
    args,
    {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      providers: { type: 'string' },
      'smtp-port': { type: 'string' },
      'smtp-relay': { type: 'string' },
      'no-smtp': { type: 'boolean' },
      'smtp-max-bytes': { type: 'string' },
      'mail-retention': { type: 'string' },
      validation: { type: 'string' },
      'journal-size': { type: 'string' },
      'no-seed': { type: 'boolean' },
      scenario: { type: 'string', multiple: true },
      'scenario-dir': { type: 'string' },
      'control-token': { type: 'string' },
      'allowed-hosts': { type: 'string' },
      'no-rate-limits': { type: 'boolean' },
      quirks: { type: 'boolean' },
      'frozen-clock': { type: 'string' },
      warm: { type: 'boolean' },
      'log-level': { type: 'string' },
      'rate-limit': { type: 'string' },
      'fault-seed': { type: 'string' },
    },
    START_USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const flags: Partial<MailsimConfig> = {};
  if (values.db) flags.db = values.db;
  if (values.host) flags.host = values.host;
  if (values['smtp-port']) flags.smtpPort = Number(values['smtp-port']);
  if (values['smtp-relay']) flags.smtpRelay = values['smtp-relay'];
  if (values['smtp-max-bytes']) flags.smtpMaxBytes = positiveInteger(values['smtp-max-bytes'], '--smtp-max-bytes');
  if (values['mail-retention']) flags.mailRetention = positiveInteger(values['mail-retention'], '--mail-retention');
  if (values['no-smtp']) flags.smtp = false;
  if (values.validation) {
    if (!['strict', 'warn', 'off'].includes(values.validation))
      throw new Error('--validation must be strict, warn or off');
    flags.validation = values.validation as MailsimConfig['validation'];
  }
  if (values['journal-size']) flags.journalSize = Number(values['journal-size']);
  if (values['no-seed']) flags.seed = false;
  // A path that exists is a file; anything else is looked up among the shipped scenarios.
  if (values.scenario) flags.scenarios = values.scenario.map((f) => (existsSync(f) ? resolve(f) : f));
  if (values['scenario-dir']) flags.scenarioDir = resolve(values['scenario-dir']);
  if (values['control-token']) flags.controlToken = values['control-token'];
  if (values['allowed-hosts'])
    flags.allowedHosts = values['allowed-hosts']
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
  if (values['no-rate-limits']) flags.rateLimits = false;
  if (values['rate-limit']) flags.limits = { '*': { default: values['rate-limit'] } };
  if (values['fault-seed']) {
    const seed = Number(values['fault-seed']);
    if (!Number.isInteger(seed)) throw new Error('--fault-seed must be an integer');
    flags.faultSeed = seed;
  }
  if (values.quirks) flags.quirks = true;
  if (values['frozen-clock']) flags.clockFrozenAt = values['frozen-clock'];
  if (values.warm) flags.warm = true;
  if (values['log-level']) flags.logLevel = values['log-level'] as MailsimConfig['logLevel'];
  const providers = values.providers
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (providers || values.port) {
    const base = { ...DEFAULT_PORTS, ...(configFromFile().ports ?? {}), ...(configFromEnv().ports ?? {}) };
    const names = providers ?? ['agentsend'];
    flags.ports = Object.fromEntries(
      names.map((n, i) => [n, values.port && i === 0 ? Number(values.port) : (base[n] ?? 3000 + i)]),
    );
  }

  const file = configFromFile();
  const env = configFromEnv();
  const limits = mergeLimits(file.limits, env.limits, flags.limits);
  // Loaded here, so the other verbs (mail, mcp, help) start without the engine.
  const { startMailsim } = await import('./server.js');
  const server = await startMailsim({ ...file, ...env, ...flags, limits });
  for (const l of server.listeners)
    log.info(`${`${l.provider} API`.padEnd(BANNER_LABEL)} ${l.url}   (control plane: ${l.url}/_mailsim/health)`);
  for (const [provider, keys] of Object.entries(server.apiKeys)) {
    for (const k of keys) log.info(`${provider} dev API key: ${k.key}   # ${k.label}`);
  }
  for (const l of server.listeners) {
    const key = server.apiKeys[l.provider]?.[0]?.key;
    const path = server.engine.provider(l.provider)?.def.examplePath;
    if (key && path) log.info(`try:  ${exampleCurl(l.url, path, key)}`);
  }
  if (server.config.controlToken)
    log.info(
      `control token: ${server.config.controlToken}   ` +
        '# send it as Authorization: Bearer <token> or x-mailsim-token to /_mailsim/*',
    );
  // What else the seeds made that a developer needs (a login, ids to use in the first calls).
  for (const l of server.listeners) {
    for (const note of server.engine.provider(l.provider)?.seed?.notes ?? []) log.info(`${l.provider}: ${note}`);
  }
  const first = server.listeners[0];
  if (first)
    log.info(`${'web UI'.padEnd(BANNER_LABEL)} ${uiUrl(first.url, server.config.controlToken)}   (on every port)`);
  log.info(`database: ${server.config.db}`);

  return serveUntilSignal(() => server.close());
}

// Through npm's bin symlink (node_modules/.bin/mailsim) argv[1] is the link, so resolve it first.
const invokedDirectly = process.argv[1] && /cli\.(js|ts)$/.test(realpathSync(process.argv[1]));
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== undefined) process.exitCode = code;
    },
    (e: unknown) => {
      log.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}

/** The UI's address; with a control token, the token rides in the fragment, which never leaves the browser. */
export function uiUrl(baseUrl: string, token: string | null): string {
  return `${baseUrl}/_mailsim/ui${token ? `#token=${encodeURIComponent(token)}` : ''}`;
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

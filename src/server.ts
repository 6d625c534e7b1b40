/**
 * Boots mailsim: the store and engine, the providers, one HTTP listener per provider (each also
 * answering the control plane under /_mailsim/), and the mail plane.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine } from './engine/engine.js';
import { Clock } from './engine/clock.js';
import { log, setLogLevel } from './engine/log.js';
import type { IdSource } from './engine/ids.js';
import type { ControlExtension } from './control/index.js';
import { lazyControl } from './control/lazy.js';
import { loadProvider } from './providers/index.js';
import { buildConfig, type MailsimConfig } from './config.js';
import { applyTrafficConfig } from './control/scenarios.js';
import { webhookDeliveriesControl } from './control/webhooks.js';
import { mailControl } from './control/mail.js';
import { createMailPlane } from './engine/mail/index.js';

export interface ListenerInfo {
  provider: string;
  url: string;
  port: number;
}

export interface MailsimServer {
  engine: Engine;
  config: MailsimConfig;
  listeners: ListenerInfo[];
  /** Base URL of a provider's listener. */
  url(provider?: string): string;
  /** Dev API keys printed at start, per provider. */
  apiKeys: Record<string, { label: string; key: string }[]>;
  /** The SMTP listener's address (null when smtp is off). */
  smtp: { host: string; port: number } | null;
  close(): Promise<void>;
}

export interface StartOptions extends Partial<MailsimConfig> {
  ids?: IdSource;
  clock?: Clock;
  /** Extra control-plane routes (mail sink, webhook deliveries) mounted on every port. */
  controlExtensions?: ControlExtension[];
}

export async function startMailsim(options: StartOptions = {}): Promise<MailsimServer> {
  const { ids, clock, controlExtensions = [], ...partial } = options;
  const config = buildConfig(partial);
  setLogLevel(config.logLevel);
  const engineClock = clock ?? new Clock();
  if (config.clockFrozenAt) {
    engineClock.setMode('frozen');
    engineClock.set(Date.parse(config.clockFrozenAt));
  }
  const engine = new Engine({
    db: config.db, validation: config.validation, journalSize: config.journalSize, seed: config.seed,
    ...(ids ? { ids } : {}), clock: engineClock,
    settings: { quirks: config.quirks, rateLimits: config.rateLimits, ...config.providerSettings },
  });

  const servers: Server[] = [];
  const listeners: ListenerInfo[] = [];
  const apiKeys: MailsimServer['apiKeys'] = {};
  // Before the providers start: their resolvers register on it and resumed jobs may send at once.
  const mail = createMailPlane(engine, config);
  engine.mail = mail;
  try {
    await mail.start();
    for (const name of Object.keys(config.ports)) {
      const entry = engine.addProvider(await loadProvider(name));
      apiKeys[name] = entry.seed?.apiKeys ?? [];
    }
    // Limits, fault seed, scenario files and the clock's start state (see control/scenarios.ts).
    applyTrafficConfig(engine, config);

    for (const [name, port] of Object.entries(config.ports)) {
      const entry = engine.provider(name)!;
      const control = lazyControl(engine, name, [webhookDeliveriesControl, mailControl, ...controlExtensions]);
      const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
        if (req.url?.startsWith('/_mailsim')) control(req, res);
        else entry.pipeline.handle(req, res).catch((e: unknown) => answerCrash(res, e));
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, config.host, () => resolve());
      });
      const actual = (server.address() as AddressInfo).port;
      // Printed and handed out in URLs: wildcard and IPv4 loopback read as localhost; IPv6 literals need brackets.
      const host = config.host === '0.0.0.0' || config.host === '::' || config.host === '127.0.0.1' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
      const url = `http://${host}:${actual}`;
      engine.setBaseUrl(name, url);
      servers.push(server);
      listeners.push({ provider: name, url, port: actual });
    }
    // Validators compile on first use, one operation at a time: compiling every one up front would
    // cost most of a second of start-up and a large transient heap. `--warm` compiles them all now.
    if (config.warm) for (const name of engine.providerNames()) engine.provider(name)?.contract.warm();
  } catch (e) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await mail.close();
    engine.close();
    throw e;
  }

  return {
    engine,
    config,
    listeners,
    apiKeys,
    smtp: mail.smtpInfo(),
    url(provider = listeners[0]?.provider ?? 'agentsend') {
      const l = listeners.find((x) => x.provider === provider);
      if (!l) throw new Error(`provider ${provider} is not running`);
      return l.url;
    },
    async close() {
      for (const res of engine.hung) res.destroy();
      // Attempts in flight are cut short and stay due in the outbox for the next start.
      engine.outbox.close();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      })));
      await engine.jobs.drain(2000).catch(() => undefined);
      await mail.close();
      engine.close();
    },
  };
}

/** Last line of defence: a request that escaped the pipeline's own error handling never takes the process down. */
function answerCrash(res: ServerResponse, e: unknown): void {
  log.error('request failed outside the pipeline', { error: e instanceof Error ? e.stack : String(e) });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } }));
}

/**
 * Boots mailsim: the store and engine, the providers, one HTTP listener per provider (each also
 * answering the control plane under /_mailsim/), and the mail plane.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from './engine/engine.js';
import type { Clock } from './engine/clock.js';
import { log, setLogLevel } from './engine/log.js';
import type { IdSource } from './engine/ids.js';
import { answerUnreadable, serveNode } from './engine/node-transport.js';
import type { ProviderDefinition } from './engine/provider.js';
import { lazyControl } from './control/lazy.js';
import { buildConfig, type MailsimConfig } from './config.js';
import { buildEngine } from './build.js';

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
  /** Providers to run, by name or as definitions (default: those `ports` names). */
  providers?: (string | ProviderDefinition<any>)[];
}

export async function startMailsim(options: StartOptions = {}): Promise<MailsimServer> {
  const { ids, clock, providers, ...partial } = options;
  const config = buildConfig(partial);
  // `auto`: a fresh random token for this run (the Docker image's default), printed at start.
  if (config.controlToken === 'auto') config.controlToken = randomBytes(18).toString('base64url');
  setLogLevel(config.logLevel);
  const defs = providers?.filter((p): p is ProviderDefinition<any> => typeof p !== 'string') ?? [];
  // A definition given directly runs on the port its name is given in `ports`, else its default port.
  for (const def of defs)
    if (config.ports[def.name] === undefined) config.ports[def.name] = partial.ports?.[def.name] ?? def.defaultPort;
  const engine = await buildEngine(config, {
    ...(ids ? { ids } : {}),
    ...(clock ? { clock } : {}),
    ...(providers ? { providers } : {}),
  });

  const servers: Server[] = [];
  const listeners: ListenerInfo[] = [];
  const apiKeys: MailsimServer['apiKeys'] = {};
  try {
    for (const name of engine.providerNames()) {
      const entry = engine.provider(name)!;
      apiKeys[name] = entry.seed?.apiKeys ?? [];
      const control = lazyControl(engine, name);
      const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
        if (req.url?.startsWith('/_mailsim')) control(req, res).catch((e: unknown) => answerCrash(res, e));
        else serveNode(entry.pipeline, req, res, engine.open).catch((e: unknown) => answerCrash(res, e));
      });
      server.on('clientError', (err: NodeJS.ErrnoException, socket) => answerUnreadable(entry.def, err, socket));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.ports[name] ?? entry.def.defaultPort, config.host, () => resolve());
      });
      const actual = (server.address() as AddressInfo).port;
      // Printed and handed out in URLs: wildcard and IPv4 loopback read as localhost; IPv6 literals need brackets.
      const host =
        config.host === '0.0.0.0' || config.host === '::' || config.host === '127.0.0.1'
          ? 'localhost'
          : config.host.includes(':')
            ? `[${config.host}]`
            : config.host;
      const url = `http://${host}:${actual}`;
      engine.setBaseUrl(name, url);
      servers.push(server);
      listeners.push({ provider: name, url, port: actual });
    }
  } catch (e) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await engine.close();
    throw e;
  }

  return {
    engine,
    config,
    listeners,
    apiKeys,
    smtp: engine.plane.smtpInfo(),
    url(provider = listeners[0]?.provider ?? 'agentsend') {
      const l = listeners.find((x) => x.provider === provider);
      if (!l) throw new Error(`provider ${provider} is not running`);
      return l.url;
    },
    async close() {
      for (const res of engine.open) res.destroy();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
      await engine.close();
    },
  };
}
/** Should writing an answer itself fail: close the connection, or answer a bare 500 if nothing was sent yet. */
function answerCrash(res: ServerResponse, e: unknown): void {
  log.error('writing an answer failed', { error: e instanceof Error ? e.stack : String(e) });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Internal server error');
}

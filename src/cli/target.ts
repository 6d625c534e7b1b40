/**
 * Where a client verb (`mailsim mail`, `mailsim mcp`) finds the emulator: the way `mailsim start`
 * was told to run it. `--url` wins; else the host and ports `start` would read from MAILSIM_*
 * variables layered over `mailsim.config.json` in the working directory (the same layering start
 * uses); else http://localhost:3000. The control token comes from `--token`, else
 * MAILSIM_CONTROL_TOKEN, else the config file's `controlToken` (`auto` is drawn at start and
 * printed, so it cannot be known here).
 */
import { configFromEnv, configFromFile, DEFAULT_PORTS, type MailsimConfig } from '../config.js';

export const DEFAULT_URL = 'http://localhost:3000';

export interface EmulatorTarget {
  /** The base URL of one of the emulator's ports (every port answers the control plane). */
  url: string;
  token: string | null;
  /** What the URL came from, for messages: `--url`, `MAILSIM_* environment`, `mailsim.config.json` or `default`. */
  source: string;
}

/** Address part of a URL: wildcard and IPv4 loopback listen addresses are reached as 127.0.0.1. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return '127.0.0.1';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The port to talk to: AgentSend's when it runs, else the first provider's with a fixed port. */
function pickPort(ports: Record<string, number>): number | null {
  const fixed = Object.entries(ports).filter(([, p]) => Number.isInteger(p) && p > 0);
  const chosen = fixed.find(([name]) => name === 'agentsend') ?? fixed[0];
  return chosen ? chosen[1] : null;
}

export function resolveTarget(
  flags: { url?: string | undefined; token?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): EmulatorTarget {
  const file = configFromFile(cwd);
  const fromEnv = configFromEnv(env);
  const fileToken = file.controlToken && file.controlToken !== 'auto' ? file.controlToken : null;
  const token = flags.token || fromEnv.controlToken || fileToken || null;
  if (flags.url) return { url: flags.url.replace(/\/+$/, ''), token, source: '--url' };
  const layered: Partial<MailsimConfig> = { ...file, ...fromEnv };
  const port = layered.ports ? pickPort(layered.ports) : null;
  if (port === null && !layered.host) return { url: DEFAULT_URL, token, source: 'default' };
  const source = fromEnv.ports || fromEnv.host ? 'MAILSIM_* environment' : 'mailsim.config.json';
  return { url: `http://${urlHost(layered.host ?? '127.0.0.1')}:${port ?? 3000}`, token, source };
}

/**
 * The base URL `mailsim start` gives one provider: its port from MAILSIM_<PROVIDER>_PORT or
 * mailsim.config.json (layered as start layers them), else its default port; the host likewise.
 */
export function resolveProviderUrl(
  provider: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): { url: string; source: string } | null {
  const file = configFromFile(cwd);
  const fromEnv = configFromEnv(env);
  const layered: Partial<MailsimConfig> = { ...file, ...fromEnv };
  const port = layered.ports?.[provider] ?? DEFAULT_PORTS[provider];
  if (port === undefined) return null;
  const named = (c: Partial<MailsimConfig>): boolean => c.ports?.[provider] !== undefined || c.host !== undefined;
  const source = named(fromEnv) ? 'MAILSIM_* environment' : named(file) ? 'mailsim.config.json' : 'default';
  return { url: `http://${urlHost(layered.host ?? '127.0.0.1')}:${port}`, source };
}

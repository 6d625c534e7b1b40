/**
 * A testcontainers module for mailsim: starts the mailsim image (see the Dockerfile) and tells a
 * test where each API, the SMTP port and the control plane are.
 *
 * `testcontainers` is an optional peer dependency: install it in the project that uses this
 * module (`npm i -D testcontainers`). Nothing else in mailsim imports it.
 *
 * @example
 * import { MailsimContainer } from 'mailsim/testcontainers';
 *
 * const mailsim = await new MailsimContainer().withValidation('strict').start();
 * const client = new AgentSend({ apiKey: mailsim.getApiKey(), baseUrl: mailsim.getBaseUrl('agentsend') });
 * // ... inspect delivered mail at `${mailsim.getControlUrl()}/...`, send SMTP to port mailsim.getSmtpPort()
 * await mailsim.stop();
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { AbstractStartedContainer, GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { DEV_API_KEYS } from './constants.js';

/** The image the Dockerfile builds by default: `docker build -t mailsim:local .` */
export const DEFAULT_IMAGE = 'mailsim:local';
/** Ports inside the container: one per provider, then SMTP. */
export const CONTAINER_PORTS = {
  agentsend: 3000,
  commune: 3001,
  gent: 3002,
  'managed-agents': 3003,
  smtp: 2525,
} as const;

type ValidationMode = 'strict' | 'warn' | 'off';

export class MailsimContainer extends GenericContainer {
  private readonly args: string[] = [];
  /** The image requires a control token; this one is known to the test, so its control calls carry it. */
  private controlToken = randomBytes(18).toString('base64url');

  constructor(image: string = process.env.MAILSIM_IMAGE ?? DEFAULT_IMAGE) {
    super(image);
    this.withExposedPorts(...Object.values(CONTAINER_PORTS))
      .withEnvironment({
        MAILSIM_HOST: '0.0.0.0',
        MAILSIM_SMTP_HOST: '0.0.0.0',
        MAILSIM_CONTROL_TOKEN: this.controlToken,
      })
      .withWaitStrategy(Wait.forHttp('/_mailsim/health', CONTAINER_PORTS.agentsend).forStatusCode(200))
      .withStartupTimeout(60_000);
  }

  /** Contract validation of mailsim's own answers (default strict). */
  withValidation(mode: ValidationMode): this {
    return this.withEnvironment({ MAILSIM_VALIDATION: mode });
  }

  /** Turn the global rate limiter off (or back on). */
  withRateLimits(enabled: boolean): this {
    return this.withEnvironment({ MAILSIM_RATE_LIMITS: String(enabled) });
  }

  /** Reproduce documented production quirks (contracts/<provider>.md). */
  withQuirks(enabled = true): this {
    return this.withEnvironment({ MAILSIM_QUIRKS: String(enabled) });
  }

  /** Start with the engine clock frozen at this ISO time. */
  withFrozenClock(iso: string): this {
    this.args.push('--frozen-clock', iso);
    return this;
  }

  /** Load shipped scenarios by name (e.g. `flaky-503`) or files copied into the container. */
  withScenarios(...names: string[]): this {
    return this.withEnvironment({ MAILSIM_SCENARIOS: names.join(',') });
  }

  /** Use this control token instead of a random one. */
  withControlToken(token: string): this {
    this.controlToken = token;
    return this.withEnvironment({ MAILSIM_CONTROL_TOKEN: token });
  }

  override async start(): Promise<StartedMailsimContainer> {
    if (this.args.length) this.withCommand(['start', '--host', '0.0.0.0', '--db', '/data/mailsim.db', ...this.args]);
    return new StartedMailsimContainer(await super.start(), this.controlToken);
  }
}

export class StartedMailsimContainer extends AbstractStartedContainer {
  constructor(
    started: StartedTestContainer,
    private readonly controlToken: string,
  ) {
    super(started);
  }

  /** The token the control plane requires: send it as `Authorization: Bearer <token>` or `x-mailsim-token`. */
  getControlToken(): string {
    return this.controlToken;
  }

  /** Headers for a control-plane request. */
  getControlHeaders(): Record<string, string> {
    return { 'x-mailsim-token': this.controlToken };
  }

  /** Base URL of a provider's API as reachable from the test, e.g. http://localhost:49153. */
  getBaseUrl(provider = 'agentsend'): string {
    const port = (CONTAINER_PORTS as Record<string, number>)[provider];
    if (port === undefined || provider === 'smtp') throw new Error(`mailsim container has no provider ${provider}`);
    return `http://${this.getHost()}:${this.getMappedPort(port)}`;
  }

  /** The control plane (`/_mailsim`) of a provider's port. */
  getControlUrl(provider = 'agentsend'): string {
    return `${this.getBaseUrl(provider)}/_mailsim`;
  }

  /** Host port of mailsim's SMTP listener (the host is `getHost()`). */
  getSmtpPort(): number {
    return this.getMappedPort(CONTAINER_PORTS.smtp);
  }

  /** The seeded dev API key of a provider. */
  getApiKey(provider = 'agentsend'): string {
    const key = DEV_API_KEYS[provider];
    if (!key) throw new Error(`no seeded key for provider ${provider}`);
    return key;
  }
}

export interface DockerProbe {
  available: boolean;
  /** Why not, when it is not (for a test's skip message). */
  reason: string;
  endpoint: string;
}

/**
 * Asks the Docker engine `GET /_ping` over its socket (DOCKER_HOST, else /var/run/docker.sock),
 * the same endpoint testcontainers uses, so a test can skip with the reason instead of failing.
 */
export function probeDocker(timeoutMs = 2000): Promise<DockerProbe> {
  const host = process.env.DOCKER_HOST;
  let target: { path: string } | { host: string; port: number };
  let endpoint: string;
  if (!host || host.startsWith('unix://')) {
    const path = host ? host.slice('unix://'.length) : '/var/run/docker.sock';
    target = { path };
    endpoint = `unix://${path}`;
  } else if (host.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    target = { host: url.hostname, port: Number(url.port || 2375) };
    endpoint = host;
  } else {
    return Promise.resolve({
      available: false,
      reason: `DOCKER_HOST=${host} is not a unix:// or tcp:// address this probe understands`,
      endpoint: host,
    });
  }
  return new Promise((resolve) => {
    const socket = connect(target);
    let answer = '';
    const done = (available: boolean, reason: string): void => {
      socket.destroy();
      resolve({ available, reason, endpoint });
    };
    socket.setTimeout(timeoutMs, () =>
      done(false, `no answer from the Docker engine at ${endpoint} within ${timeoutMs} ms`),
    );
    socket.on('connect', () => socket.write('GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n'));
    socket.on('data', (c) => {
      answer += c.toString('utf8');
    });
    socket.on('end', () =>
      done(
        /^HTTP\/1\.[01] 200/.test(answer),
        /^HTTP\/1\.[01] 200/.test(answer)
          ? 'ok'
          : `unexpected answer from ${endpoint}: ${answer.split('\r\n')[0] ?? '(empty)'}`,
      ),
    );
    socket.on('error', (e: NodeJS.ErrnoException) =>
      done(false, `no Docker engine at ${endpoint} (${e.code ?? e.message})`),
    );
  });
}

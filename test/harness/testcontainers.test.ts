/**
 * The testcontainers module. Starting the image needs a Docker engine: the probe asks the real
 * socket, and without an engine that test reports itself skipped with the reason.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTAINER_PORTS, DEFAULT_IMAGE, MailsimContainer, probeDocker } from '../../src/testing/testcontainers.js';
import { AGENTSEND_DEV_KEY } from '../../src/testing/constants.js';

const docker = await probeDocker();
if (!docker.available) console.info(`[testcontainers] Docker-backed test skipped: ${docker.reason}`);

/** Reads what the builder configured (protected in GenericContainer). */
class Inspectable extends MailsimContainer {
  env(): Record<string, string> {
    return this.environment;
  }
  ports(): unknown[] {
    return this.exposedPorts;
  }
  image(): string {
    return this.imageName.string;
  }
}

const savedDockerHost = process.env.DOCKER_HOST;
afterEach(() => {
  if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = savedDockerHost;
});

describe('probeDocker', () => {
  it('reports no engine, with the reason, when nothing listens on the socket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailsim-docker-'));
    process.env.DOCKER_HOST = `unix://${join(dir, 'docker.sock')}`;
    const probe = await probeDocker();
    rmSync(dir, { recursive: true, force: true });
    expect(probe.available).toBe(false);
    expect(probe.reason).toMatch(/no Docker engine at unix:\/\/.*docker\.sock \(ENOENT\)/);
  });

  it('really speaks to the socket: a fake engine answering GET /_ping counts as available', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailsim-docker-'));
    const sock = join(dir, 'docker.sock');
    const pinged: string[] = [];
    const fake: Server = createServer((req, res) => {
      pinged.push(`${req.method} ${req.url}`);
      res.writeHead(req.url === '/_ping' ? 200 : 404).end('OK');
    });
    await new Promise<void>((r) => fake.listen(sock, r));
    try {
      process.env.DOCKER_HOST = `unix://${sock}`;
      const probe = await probeDocker();
      expect(probe).toMatchObject({ available: true, endpoint: `unix://${sock}` });
      expect(pinged).toEqual(['GET /_ping']);
    } finally {
      await new Promise((r) => fake.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('MailsimContainer', () => {
  it('targets the mailsim image with every port exposed, waiting on the health endpoint', () => {
    const c = new Inspectable().withValidation('warn').withRateLimits(false);
    expect(c.image()).toBe(DEFAULT_IMAGE.includes(':') ? DEFAULT_IMAGE : `${DEFAULT_IMAGE}:latest`);
    expect(c.ports()).toEqual([
      CONTAINER_PORTS.agentsend,
      CONTAINER_PORTS.commune,
      CONTAINER_PORTS.gent,
      CONTAINER_PORTS['managed-agents'],
      CONTAINER_PORTS.smtp,
    ]);
    expect(c.env()).toMatchObject({
      MAILSIM_HOST: '0.0.0.0',
      MAILSIM_SMTP_HOST: '0.0.0.0',
      MAILSIM_VALIDATION: 'warn',
      MAILSIM_RATE_LIMITS: 'false',
    });
  });

  it.skipIf(!docker.available)(
    `starts ${process.env.MAILSIM_IMAGE ?? DEFAULT_IMAGE} and serves the API${docker.available ? '' : ` (skipped: ${docker.reason})`}`,
    async () => {
      const started = await new MailsimContainer().start();
      try {
        expect(started.getApiKey()).toBe(AGENTSEND_DEV_KEY);
        const health = await fetch(`${started.getControlUrl()}/health`);
        expect(health.status).toBe(200);
        const inboxes = await fetch(`${started.getBaseUrl('agentsend')}/inboxes`, {
          headers: { authorization: `Bearer ${started.getApiKey()}` },
        });
        expect(inboxes.status).toBe(200);
        expect(started.getSmtpPort()).toBeGreaterThan(0);
      } finally {
        await started.stop();
      }
    },
    120_000,
  );
});

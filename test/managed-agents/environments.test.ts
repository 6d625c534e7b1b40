/**
 * Environments through the real SDK: config defaults, updates, the typed environment errors the
 * SDK maps from `details.error_code`, archive rules, and deletes refused while referenced.
 */
import { ConflictError } from '@anthropic-ai/sdk';
import {
  BetaEnvironmentArchivedError,
  BetaEnvironmentNotFoundError,
  BetaInvalidConfigTypeChangeError,
  BetaInvalidMetadataError,
} from '@anthropic-ai/sdk/resources/beta/environments/environments';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_REFERENCES } from '../../src/providers/managed-agents/domain/references.js';
import { emulatorPerFile, rejection } from './helpers.js';

const { client } = await emulatorPerFile();

const EMPTY_PACKAGES = { apt: [], cargo: [], gem: [], go: [], npm: [], pip: [] };

describe('environments', () => {
  it('creates a cloud environment with unrestricted networking and six empty package lists by default', async () => {
    const env = await client.beta.environments.create({ name: 'default' });
    expect(env.id).toMatch(/^env_01/);
    expect(env).toMatchObject({
      type: 'environment',
      name: 'default',
      description: null,
      metadata: {},
      archived_at: null,
    });
    expect(env.config).toEqual({ type: 'cloud', networking: { type: 'unrestricted' }, packages: EMPTY_PACKAGES });
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
  });

  it('fills a limited network and keeps packages and self-hosted configs', async () => {
    const limited = await client.beta.environments.create({
      name: 'locked',
      config: {
        type: 'cloud',
        networking: { type: 'limited', allowed_hosts: ['pypi.org'] },
        packages: { pip: ['requests'] },
      },
    });
    expect(limited.config).toEqual({
      type: 'cloud',
      networking: {
        type: 'limited',
        allowed_hosts: ['pypi.org'],
        allow_mcp_servers: false,
        allow_package_managers: false,
      },
      packages: { ...EMPTY_PACKAGES, pip: ['requests'] },
    });
    const selfHosted = await client.beta.environments.create({
      name: 'mine',
      config: { type: 'self_hosted' },
      scope: 'account',
    });
    expect(selfHosted.config).toEqual({ type: 'self_hosted' });
    expect(selfHosted.scope).toBe('account');
  });

  it('updates name, description, packages and metadata, keeping what is not sent', async () => {
    const env = await client.beta.environments.create({
      name: 'e',
      config: { type: 'cloud', networking: { type: 'limited' } },
      metadata: { k: 'v' },
    });
    const updated = await client.beta.environments.update(env.id, {
      description: 'with numpy',
      config: { type: 'cloud', packages: { pip: ['numpy'] } },
      metadata: { k2: 'v2' },
    });
    expect(updated.description).toBe('with numpy');
    expect(updated.name).toBe('e');
    expect(updated.metadata).toEqual({ k: 'v', k2: 'v2' });
    expect(updated.config).toMatchObject({ networking: { type: 'limited' }, packages: { pip: ['numpy'], npm: [] } });
  });

  it("maps its error codes to the SDK's typed classes", async () => {
    const env = await client.beta.environments.create({ name: 'typed' });
    const typeChange = await rejection(client.beta.environments.update(env.id, { config: { type: 'self_hosted' } }));
    expect(typeChange).toBeInstanceOf(BetaInvalidConfigTypeChangeError);
    expect(typeChange.errorCode).toBe('invalid_config_type_change');
    const tooMany = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    expect(await rejection(client.beta.environments.update(env.id, { metadata: tooMany }))).toBeInstanceOf(
      BetaInvalidMetadataError,
    );
    const missing = await rejection(client.beta.environments.retrieve('env_missing'));
    expect(missing).toBeInstanceOf(BetaEnvironmentNotFoundError);
    expect(missing.status).toBe(404);
    await client.beta.environments.archive(env.id);
    expect(await rejection(client.beta.environments.update(env.id, { name: 'again' }))).toBeInstanceOf(
      BetaEnvironmentArchivedError,
    );
  });

  it('lists newest first, archived ones only on request', async () => {
    const a = await client.beta.environments.create({ name: 'a' });
    const b = await client.beta.environments.create({ name: 'b' });
    const c = await client.beta.environments.create({ name: 'c' });
    await client.beta.environments.archive(b.id);
    const live: string[] = [];
    for await (const e of client.beta.environments.list({ limit: 1 })) live.push(e.id);
    expect(live).toEqual([c.id, a.id]);
    expect((await client.beta.environments.list({ include_archived: true })).data.map((e) => e.id)).toEqual([
      c.id,
      b.id,
      a.id,
    ]);
  });

  it('deletes, and refuses while something still references the environment', async () => {
    const env = await client.beta.environments.create({ name: 'busy' });
    ENVIRONMENT_REFERENCES.push((_db, _tenant, id) => (id === env.id ? '1 active session runs in it' : null));
    try {
      const refused = await rejection(client.beta.environments.delete(env.id));
      expect(refused).toBeInstanceOf(ConflictError);
      expect(refused.headers.get('x-should-retry')).toBe('false');
    } finally {
      ENVIRONMENT_REFERENCES.pop();
    }
    expect(await client.beta.environments.delete(env.id)).toEqual({ id: env.id, type: 'environment_deleted' });
    expect(await rejection(client.beta.environments.retrieve(env.id))).toBeInstanceOf(BetaEnvironmentNotFoundError);
  });
});

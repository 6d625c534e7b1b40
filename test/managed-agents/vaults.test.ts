/**
 * Vaults and credentials through the real SDK: every read strips secrets (checked on the raw
 * answers too), rotation merges into the stored secret, validation follows the engine clock.
 */
import { BadRequestError, NotFoundError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { advance, emulatorPerFile, rejection } from './helpers.js';

const { server, client } = await emulatorPerFile({
  providerSettings: { 'managed-agents': { mcpOAuthValidation: 'valid' } },
});

const SECRETS = [
  'tok-static-secret',
  'tok-access-secret',
  'tok-refresh-secret',
  'client-secret-value',
  'env-secret-value',
  'rotated-secret',
];

describe('vaults', () => {
  it('creates, reads, updates, lists, archives and deletes', async () => {
    const vault = await client.beta.vaults.create({ display_name: 'Team secrets', metadata: { owner: 'ops' } });
    expect(vault).toMatchObject({
      type: 'vault',
      display_name: 'Team secrets',
      metadata: { owner: 'ops' },
      archived_at: null,
    });
    expect(vault.id).toMatch(/^vlt_01/);
    expect(await client.beta.vaults.retrieve(vault.id)).toEqual(vault);
    const renamed = await client.beta.vaults.update(vault.id, {
      display_name: 'Renamed',
      metadata: { owner: null, env: 'prod' },
    });
    expect(renamed).toMatchObject({ display_name: 'Renamed', metadata: { env: 'prod' } });
    const second = await client.beta.vaults.create({ display_name: 'Second' });
    const ids: string[] = [];
    for await (const v of client.beta.vaults.list({ limit: 1 })) ids.push(v.id);
    expect(ids).toEqual([second.id, vault.id]);
    const archived = await client.beta.vaults.archive(second.id);
    expect(archived.archived_at).not.toBeNull();
    expect((await client.beta.vaults.list()).data.map((v) => v.id)).toEqual([vault.id]);
    expect((await client.beta.vaults.list({ include_archived: true })).data).toHaveLength(2);
    expect(await rejection(client.beta.vaults.update(second.id, { display_name: 'x' }))).toBeInstanceOf(
      BadRequestError,
    );
    expect(await client.beta.vaults.delete(vault.id)).toEqual({ id: vault.id, type: 'vault_deleted' });
    expect(await rejection(client.beta.vaults.retrieve(vault.id))).toBeInstanceOf(NotFoundError);
  });
});

describe('credentials', () => {
  it('never returns secret material, on create or any read', async () => {
    const vault = await client.beta.vaults.create({ display_name: 'v' });
    const bearer = await client.beta.vaults.credentials.create(vault.id, {
      display_name: 'docs',
      auth: { type: 'static_bearer', token: 'tok-static-secret', mcp_server_url: 'https://mcp.example.com/docs' },
    });
    expect(bearer).toMatchObject({
      type: 'vault_credential',
      vault_id: vault.id,
      display_name: 'docs',
      metadata: {},
      archived_at: null,
    });
    expect(bearer.auth).toEqual({ type: 'static_bearer', mcp_server_url: 'https://mcp.example.com/docs' });
    const oauth = await client.beta.vaults.credentials.create(vault.id, {
      auth: {
        type: 'mcp_oauth',
        access_token: 'tok-access-secret',
        mcp_server_url: 'https://mcp.example.com/oauth',
        expires_at: '2099-01-01T00:00:00Z',
        refresh: {
          client_id: 'cid',
          refresh_token: 'tok-refresh-secret',
          token_endpoint: 'https://auth.example.com/token',
          token_endpoint_auth: { type: 'client_secret_basic', client_secret: 'client-secret-value' },
        },
      },
    });
    expect(oauth.auth).toEqual({
      type: 'mcp_oauth',
      mcp_server_url: 'https://mcp.example.com/oauth',
      expires_at: '2099-01-01T00:00:00Z',
      refresh: {
        client_id: 'cid',
        token_endpoint: 'https://auth.example.com/token',
        token_endpoint_auth: { type: 'client_secret_basic' },
        resource: null,
        scope: null,
      },
    });
    const env = await client.beta.vaults.credentials.create(vault.id, {
      auth: {
        type: 'environment_variable',
        secret_name: 'GITHUB_TOKEN',
        secret_value: 'env-secret-value',
        networking: { type: 'limited', allowed_hosts: ['api.github.com'] },
      },
    });
    expect(env.auth).toEqual({
      type: 'environment_variable',
      secret_name: 'GITHUB_TOKEN',
      networking: { type: 'limited', allowed_hosts: ['api.github.com'] },
      injection_location: { body: false, header: true },
    });
    expect(env.display_name).toBeNull();

    const rotated = await client.beta.vaults.credentials.update(bearer.id, {
      vault_id: vault.id,
      auth: { type: 'static_bearer', token: 'rotated-secret' },
    });
    expect(rotated.auth).toEqual(bearer.auth);
    await client.beta.vaults.credentials.retrieve(oauth.id, { vault_id: vault.id });
    await client.beta.vaults.credentials.list(vault.id);
    await client.beta.vaults.credentials.archive(env.id, { vault_id: vault.id });

    // Read every answer back as raw text from the same routes: no secret anywhere.
    const base = server.url('managed-agents');
    const headers = { authorization: `Bearer ${client.apiKey}` };
    const texts = await Promise.all(
      [
        `/v1/vaults/${vault.id}/credentials?include_archived=true`,
        `/v1/vaults/${vault.id}/credentials/${oauth.id}`,
        `/v1/vaults/${vault.id}/credentials/${bearer.id}`,
        `/v1/vaults/${vault.id}/credentials/${env.id}`,
      ].map(async (p) => (await fetch(base + p, { headers })).text()),
    );
    texts.push(JSON.stringify([bearer, oauth, env, rotated]));
    for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('rotates by update: keeps the type, merges rotatable fields, refuses a type change', async () => {
    const vault = await client.beta.vaults.create({ display_name: 'v' });
    const cred = await client.beta.vaults.credentials.create(vault.id, {
      display_name: 'env',
      metadata: { a: '1' },
      auth: {
        type: 'environment_variable',
        secret_name: 'TOKEN',
        secret_value: 's1',
        networking: { type: 'unrestricted' },
        injection_location: { body: true },
      },
    });
    expect(cred.auth).toMatchObject({ injection_location: { body: true, header: true } });
    const updated = await client.beta.vaults.credentials.update(cred.id, {
      vault_id: vault.id,
      display_name: null,
      metadata: { b: '2' },
      auth: {
        type: 'environment_variable',
        secret_value: 's2',
        injection_location: { header: false },
        networking: { type: 'limited', allowed_hosts: ['x.example'] },
      },
    });
    expect(updated).toMatchObject({ display_name: null, metadata: { a: '1', b: '2' } });
    expect(updated.auth).toEqual({
      type: 'environment_variable',
      secret_name: 'TOKEN',
      networking: { type: 'limited', allowed_hosts: ['x.example'] },
      injection_location: { body: true, header: false },
    });
    const typeChange = await rejection(
      client.beta.vaults.credentials.update(cred.id, {
        vault_id: vault.id,
        auth: { type: 'static_bearer', token: 't' },
      }),
    );
    expect(typeChange).toBeInstanceOf(BadRequestError);
    expect(typeChange.error.error.message).toMatch(/auth.type cannot change/);
    const noLocation = await rejection(
      client.beta.vaults.credentials.update(cred.id, {
        vault_id: vault.id,
        auth: { type: 'environment_variable', injection_location: { body: false } },
      }),
    );
    expect(noLocation).toBeInstanceOf(BadRequestError);
  });

  it('validates MCP OAuth credentials against the engine clock, and only those', async () => {
    const vault = await client.beta.vaults.create({ display_name: 'v' });
    const expiresAt = new Date(server.engine.clock.nowMs() + 3_600_000).toISOString();
    const oauth = await client.beta.vaults.credentials.create(vault.id, {
      auth: { type: 'mcp_oauth', access_token: 'a', mcp_server_url: 'https://m', expires_at: expiresAt },
    });
    const fresh = await client.beta.vaults.credentials.mcpOAuthValidate(oauth.id, { vault_id: vault.id });
    expect(fresh).toMatchObject({
      type: 'vault_credential_validation',
      credential_id: oauth.id,
      vault_id: vault.id,
      status: 'valid',
      has_refresh_token: false,
      mcp_probe: null,
      refresh: null,
    });
    advance(server, 2 * 3_600_000);
    expect((await client.beta.vaults.credentials.mcpOAuthValidate(oauth.id, { vault_id: vault.id })).status).toBe(
      'invalid',
    );
    const bearer = await client.beta.vaults.credentials.create(vault.id, {
      auth: { type: 'static_bearer', token: 't', mcp_server_url: 'https://m' },
    });
    expect(
      await rejection(client.beta.vaults.credentials.mcpOAuthValidate(bearer.id, { vault_id: vault.id })),
    ).toBeInstanceOf(BadRequestError);
  });

  it('lists, archives, deletes; a vault delete takes its credentials; an archived vault takes none', async () => {
    const vault = await client.beta.vaults.create({ display_name: 'v' });
    const made: string[] = [];
    for (let i = 0; i < 3; i++)
      made.push(
        (
          await client.beta.vaults.credentials.create(vault.id, {
            auth: { type: 'static_bearer', token: `t${i}`, mcp_server_url: `https://m${i}` },
          })
        ).id,
      );
    const listed: string[] = [];
    for await (const c of client.beta.vaults.credentials.list(vault.id, { limit: 2 })) listed.push(c.id);
    expect(listed).toEqual([...made].reverse());
    await client.beta.vaults.credentials.archive(made[0]!, { vault_id: vault.id });
    expect((await client.beta.vaults.credentials.list(vault.id)).data).toHaveLength(2);
    expect((await client.beta.vaults.credentials.list(vault.id, { include_archived: true })).data).toHaveLength(3);
    expect(await client.beta.vaults.credentials.delete(made[1]!, { vault_id: vault.id })).toEqual({
      id: made[1],
      type: 'vault_credential_deleted',
    });
    expect(await rejection(client.beta.vaults.credentials.retrieve(made[1]!, { vault_id: vault.id }))).toBeInstanceOf(
      NotFoundError,
    );
    await client.beta.vaults.delete(vault.id);
    expect(await rejection(client.beta.vaults.credentials.retrieve(made[2]!, { vault_id: vault.id }))).toBeInstanceOf(
      NotFoundError,
    );
    const archived = await client.beta.vaults.create({ display_name: 'gone' });
    await client.beta.vaults.archive(archived.id);
    expect(
      await rejection(
        client.beta.vaults.credentials.create(archived.id, {
          auth: { type: 'static_bearer', token: 't', mcp_server_url: 'https://m' },
        }),
      ),
    ).toBeInstanceOf(BadRequestError);
  });
});

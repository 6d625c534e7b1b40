/** Sessions as resources: create forms, list paging and filters, update, archive, delete, resources. */
import { toFile } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { api, emulatorPerFile } from './helpers.js';
import { newSession, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile();

describe('sessions', () => {
  it('snapshots the agent as an id, a pinned version or a version with overrides', async () => {
    const { env, agent } = await newSession(client, { system: 'v1' });
    await client.beta.agents.update(agent.id, { version: 1, system: 'v2' });
    const latest = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
    expect(latest.agent).toMatchObject({ type: 'agent', id: agent.id, version: 2, system: 'v2' });
    const pinned = await client.beta.sessions.create({
      agent: { type: 'agent', id: agent.id, version: 1 },
      environment_id: env.id,
      title: 'pinned',
      metadata: { team: 'support' },
    });
    expect(pinned).toMatchObject({
      agent: { version: 1, system: 'v1' },
      title: 'pinned',
      metadata: { team: 'support' },
    });
    const overridden = await client.beta.sessions.create({
      agent: { type: 'agent_with_overrides', id: agent.id, system: 'override' },
      environment_id: env.id,
    });
    expect(overridden.agent).toMatchObject({ version: 2, system: 'override' });
    expect(Object.keys(overridden.agent)).not.toContain('metadata');
  });

  it('refuses unknown agents, environments, vaults and files with 404s', async () => {
    const { env, agent } = await newSession(client);
    const cases = [
      { agent: 'agent_missing', environment_id: env.id },
      { agent: agent.id, environment_id: 'env_missing' },
      { agent: agent.id, environment_id: env.id, vault_ids: ['vlt_missing'] },
      { agent: agent.id, environment_id: env.id, resources: [{ type: 'file' as const, file_id: 'file_missing' }] },
    ];
    for (const body of cases) {
      expect(await client.beta.sessions.create(body).catch((e) => e)).toMatchObject({ status: 404 });
    }
    const bad = await client.beta.sessions.create({ agent: agent.id } as never).catch((e) => e);
    expect(bad).toMatchObject({ status: 400 });
  });

  it("accepts openma's agent_id + input form, which sends the first turn", async () => {
    const { agent } = await newSession(client);
    const res = await api(server)('POST', '/v1/sessions', {
      agent_id: agent.id,
      input: [{ role: 'user', content: 'hello from page B' }],
    });
    expect(res.status).toBe(200);
    await server.engine.queue.idle();
    const events = (await client.beta.sessions.events.list(res.body.id)).data;
    expect(events.map((e) => e.type)).toContain('agent.message');
    expect(events.find((e) => e.type === 'agent.message')).toMatchObject({
      content: [{ type: 'text', text: 'echo: hello from page B' }],
    });
  });

  it('lists newest first through the bidirectional cursor, with filters', async () => {
    const { env, agent, session: first } = await newSession(client);
    const second = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
    const third = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
    const page = await client.beta.sessions.list({ limit: 2, agent_id: agent.id });
    expect(page.data.map((s) => s.id)).toEqual([third.id, second.id]);
    const all = [];
    for await (const s of client.beta.sessions.list({ limit: 2, agent_id: agent.id })) all.push(s.id);
    expect(all).toEqual([third.id, second.id, first.id]);
    await client.beta.sessions.archive(second.id);
    const live = await client.beta.sessions.list({ agent_id: agent.id, statuses: ['idle'] });
    expect(live.data.map((s) => s.id)).toEqual([third.id, first.id]);
    const withArchived = await client.beta.sessions.list({ agent_id: agent.id, include_archived: true, order: 'asc' });
    expect(withArchived.data.map((s) => s.id)).toEqual([first.id, second.id, third.id]);
  });

  it('updates title and metadata as a patch, logs session.updated, and deletes', async () => {
    const { session } = await newSession(client, {}, { metadata: { a: '1', b: '2' } });
    const updated = await client.beta.sessions.update(session.id, { title: 'Renamed', metadata: { a: null, c: '3' } });
    expect(updated).toMatchObject({ title: 'Renamed', metadata: { b: '2', c: '3' } });
    const events = (await client.beta.sessions.events.list(session.id, { types: ['session.updated'] })).data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ title: 'Renamed', metadata: { b: '2', c: '3' } });
    expect(await client.beta.sessions.update(session.id, { vault_ids: [] } as never).catch((e) => e)).toMatchObject({
      status: 400,
    });
    expect(await client.beta.sessions.delete(session.id)).toEqual({ id: session.id, type: 'session_deleted' });
    expect(await client.beta.sessions.retrieve(session.id).catch((e) => e)).toMatchObject({ status: 404 });
  });

  it('keeps an environment from being deleted while a session in it is live', async () => {
    const { env, session } = await newSession(client);
    expect(await client.beta.environments.delete(env.id).catch((e) => e)).toMatchObject({ status: 409 });
    await client.beta.sessions.archive(session.id);
    expect(await client.beta.environments.delete(env.id)).toMatchObject({ id: env.id });
  });

  it('filters the log by type and processed time, and pages it', async () => {
    const { session } = await newSession(client);
    for (const text of ['a', 'b']) {
      await client.beta.sessions.events.send(session.id, { events: [userMessage(text)] });
      await server.engine.queue.idle();
    }
    const all = [];
    for await (const e of client.beta.sessions.events.list(session.id, { limit: 3 })) all.push(e);
    expect(all).toHaveLength(12);
    const messages = await client.beta.sessions.events.list(session.id, { types: ['user.message', 'agent.message'] });
    expect(messages.data.map((e) => e.type)).toEqual([
      'user.message',
      'agent.message',
      'user.message',
      'agent.message',
    ]);
    const newest = await client.beta.sessions.events.list(session.id, { order: 'desc', limit: 1 });
    expect(newest.data[0]!.id).toBe(all.at(-1)!.id);
    const future = await client.beta.sessions.events.list(session.id, {
      'created_at[gt]': new Date(Date.now() + 3600_000).toISOString(),
    } as never);
    expect(future.data).toEqual([]);
  });
});

describe('session resources', () => {
  it('adds, lists, reads, rotates and removes them', async () => {
    const file = await client.beta.files.upload({ file: await toFile(Buffer.from('q3,42'), 'q3.csv') });
    const store = await client.beta.memoryStores.create({ name: 'notes' });
    const { session } = await newSession(
      client,
      {},
      {
        resources: [
          { type: 'github_repository', url: 'https://github.com/acme/app.git', authorization_token: 'ghp_x' },
          { type: 'memory_store', memory_store_id: store.id, access: 'read_only' },
        ],
      },
    );
    expect(session.resources).toHaveLength(2);
    expect(session.resources[0]).toMatchObject({ type: 'github_repository', mount_path: '/workspace/app' });
    expect(session.resources[0]).not.toHaveProperty('authorization_token');
    expect(session.resources[1]).toMatchObject({
      type: 'memory_store',
      memory_store_id: store.id,
      access: 'read_only',
    });
    const added = await client.beta.sessions.resources.add(session.id, { type: 'file', file_id: file.id });
    expect(added).toMatchObject({ type: 'file', file_id: file.id, mount_path: `/mnt/session/uploads/${file.id}` });
    const listed = [];
    for await (const r of client.beta.sessions.resources.list(session.id, { limit: 1 })) listed.push(r);
    expect(listed.map((r) => r.type)).toEqual(['github_repository', 'memory_store', 'file']);
    const repo = listed[0] as { id: string };
    expect(await client.beta.sessions.resources.retrieve(added.id, { session_id: session.id })).toEqual(added);
    const rotated = await client.beta.sessions.resources.update(repo.id, {
      session_id: session.id,
      authorization_token: 'ghp_new',
    });
    expect(rotated).not.toHaveProperty('authorization_token');
    const wrongType = await client.beta.sessions.resources
      .update(added.id, { session_id: session.id, authorization_token: 'x' })
      .catch((e) => e);
    expect(wrongType).toMatchObject({ status: 400 });
    expect(await client.beta.sessions.resources.delete(added.id, { session_id: session.id })).toEqual({
      id: added.id,
      type: 'session_resource_deleted',
    });
    expect((await client.beta.sessions.retrieve(session.id)).resources).toHaveLength(2);
  });
});

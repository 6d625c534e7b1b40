/**
 * Agents through the real SDK: normalised shapes, versions, the optimistic `version` lock (a 409
 * the SDK does not retry), PageCursor auto-pagination, archive filters and created-time bounds.
 */
import { BadRequestError, ConflictError, NotFoundError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { advance, api, attempts, emulatorPerFile, rejection, sdk } from './helpers.js';

const { server, client } = await emulatorPerFile();

describe('create and retrieve', () => {
  it('normalises the model, toolsets, MCP servers, skills and execution identity', async () => {
    const agent = await client.beta.agents.create({
      name: 'Researcher',
      model: 'claude-opus-5-5',
      system: 'Be brief.',
      tools: [
        {
          type: 'agent_toolset_20260401',
          configs: [
            { name: 'bash', enabled: false },
            { name: 'web_fetch', url_sources: { user_input: 'all' } },
          ],
        },
        { type: 'mcp_toolset', mcp_server_name: 'docs' },
        {
          type: 'custom',
          name: 'lookup',
          description: 'Look a thing up',
          input_schema: { type: 'object', properties: { q: { type: 'string' } } },
        },
      ],
      mcp_servers: [{ name: 'docs', type: 'url', url: 'https://mcp.example.com' }],
      skills: [{ type: 'anthropic', skill_id: 'xlsx' }],
      metadata: { team: 'search' },
    });
    expect(agent.id).toMatch(/^agent_01[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(agent).toMatchObject({
      type: 'agent',
      version: 1,
      archived_at: null,
      description: null,
      system: 'Be brief.',
      metadata: { team: 'search' },
    });
    expect(agent.model).toEqual({ id: 'claude-opus-5-5', speed: 'standard' });
    expect(agent.execution_identity).toEqual({ type: 'service_account' });
    expect(agent.multiagent).toBeNull();
    const [toolset, mcp, custom] = agent.tools;
    expect(toolset).toEqual({
      type: 'agent_toolset_20260401',
      default_config: { enabled: true, permission_policy: { type: 'always_allow' } },
      configs: [
        { type: 'bash', name: 'bash', enabled: false, permission_policy: { type: 'always_allow' } },
        {
          type: 'web_fetch',
          name: 'web_fetch',
          enabled: true,
          permission_policy: { type: 'always_allow' },
          url_sources: { user_input: { type: 'all' }, client_tool_results: null, server_tool_results: null },
        },
      ],
    });
    expect(mcp).toEqual({
      type: 'mcp_toolset',
      mcp_server_name: 'docs',
      default_config: { enabled: true, permission_policy: { type: 'always_ask' } },
      configs: [],
    });
    expect(custom).toMatchObject({ type: 'custom', name: 'lookup' });
    expect(agent.skills).toEqual([{ type: 'anthropic', skill_id: 'xlsx', version: 'latest' }]);
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(agent);
  });

  it('keeps a model config object and its effort shorthand', async () => {
    const agent = await client.beta.agents.create({
      name: 'fast',
      model: { id: 'claude-haiku-5-5', speed: 'fast', effort: 'low' },
    });
    expect(agent.model).toEqual({ id: 'claude-haiku-5-5', speed: 'fast', effort: { type: 'low' } });
  });

  it('rejects an MCP server no toolset uses, an unknown skill and a missing name', async () => {
    const unreferenced = await rejection(
      client.beta.agents.create({ name: 'x', model: 'm', mcp_servers: [{ name: 'a', type: 'url', url: 'https://a' }] }),
    );
    expect(unreferenced).toBeInstanceOf(BadRequestError);
    expect(unreferenced.error.error.message).toMatch(/not referenced by any mcp_toolset/);
    expect(
      await rejection(
        client.beta.agents.create({ name: 'x', model: 'm', skills: [{ type: 'custom', skill_id: 'skill_nope' }] }),
      ),
    ).toBeInstanceOf(NotFoundError);
    const missing = await rejection(client.beta.agents.create({ model: 'm' } as never));
    expect(missing).toBeInstanceOf(BadRequestError);
    expect(missing.error).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'name: Field required' },
    });
  });

  it('answers an unknown agent with NotFoundError, not_found_error and x-should-retry: false', async () => {
    const e = await rejection(client.beta.agents.retrieve('agent_unknown'));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.type).toBe('not_found_error');
    expect(e.headers.get('x-should-retry')).toBe('false');
    expect(e.requestID).toMatch(/^req_/);
    expect(e.error.request_id).toBe(e.requestID);
  });
});

describe('update and versions', () => {
  it('bumps the version on a change, keeps it on a no-op, and serves every version', async () => {
    const a = await client.beta.agents.create({ name: 'v', model: 'claude-sonnet-5-5', metadata: { a: '1', b: '2' } });
    const b = await client.beta.agents.update(a.id, {
      version: 1,
      system: 'new prompt',
      metadata: { a: null, c: '3' },
    });
    expect(b.version).toBe(2);
    expect(b.metadata).toEqual({ b: '2', c: '3' });
    expect(b.system).toBe('new prompt');
    const same = await client.beta.agents.update(a.id, { system: 'new prompt' });
    expect(same.version).toBe(2);
    const cleared = await client.beta.agents.update(a.id, { system: null, tools: null, name: 'renamed' });
    expect(cleared).toMatchObject({ version: 3, system: null, tools: [], name: 'renamed' });

    const v1 = await client.beta.agents.retrieve(a.id, { version: 1 });
    expect(v1).toMatchObject({ version: 1, system: null, name: 'v', metadata: { a: '1', b: '2' } });
    expect(await rejection(client.beta.agents.retrieve(a.id, { version: 9 }))).toBeInstanceOf(NotFoundError);

    const versions: number[] = [];
    for await (const v of client.beta.agents.versions.list(a.id, { limit: 2 })) versions.push(v.version);
    expect(versions).toEqual([3, 2, 1]);
  });

  it('refuses a stale version with a ConflictError that the SDK does not retry', async () => {
    const retrying = sdk(server, { maxRetries: 2 });
    const a = await retrying.beta.agents.create({ name: 'lock', model: 'm' });
    await retrying.beta.agents.update(a.id, { version: 1, description: 'first writer' });
    const before = attempts(server, 'updateAgent');
    const e = await rejection(retrying.beta.agents.update(a.id, { version: 1, description: 'second writer' }));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.type).toBe('conflict_error');
    expect(e.headers.get('x-should-retry')).toBe('false');
    expect(attempts(server, 'updateAgent') - before).toBe(1);
    expect((await retrying.beta.agents.retrieve(a.id)).description).toBe('first writer');
  });

  it('refuses to update an archived agent', async () => {
    const a = await client.beta.agents.create({ name: 'old', model: 'm' });
    const archived = await client.beta.agents.archive(a.id);
    expect(archived.archived_at).not.toBeNull();
    expect(await rejection(client.beta.agents.update(a.id, { name: 'new' }))).toBeInstanceOf(BadRequestError);
  });

  it('resolves a coordinator roster: ids, pinned versions and self', async () => {
    const helper = await client.beta.agents.create({ name: 'helper', model: 'm' });
    const lead = await client.beta.agents.create({
      name: 'lead',
      model: 'm',
      multiagent: { type: 'coordinator', agents: [helper.id, { type: 'self' }] },
    });
    expect(lead.multiagent).toEqual({
      type: 'coordinator',
      agents: [
        { type: 'agent', id: helper.id, version: 1 },
        { type: 'agent', id: lead.id, version: 1 },
      ],
    });
    const bumped = await client.beta.agents.update(lead.id, { description: 'v2' });
    expect(bumped.multiagent).toMatchObject({
      agents: [
        { id: helper.id, version: 1 },
        { id: lead.id, version: 2 },
      ],
    });
    const nested = await rejection(
      client.beta.agents.create({ name: 'x', model: 'm', multiagent: { type: 'coordinator', agents: [lead.id] } }),
    );
    expect(nested).toBeInstanceOf(BadRequestError);
  });
});

describe('list', () => {
  it('auto-paginates newest first across pages and stops', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await client.beta.agents.create({ name: `a${i}`, model: 'm' })).id);
    const seen: string[] = [];
    for await (const a of client.beta.agents.list({ limit: 2 })) seen.push(a.id);
    expect(seen).toEqual([...made].reverse());
    const first = await client.beta.agents.list({ limit: 5 });
    expect(first.next_page).toBeNull();
    expect(first.hasNextPage()).toBe(false);
  });

  it('hides archived agents unless include_archived; filters by created_at[gte]/[lte] as sent', async () => {
    const old = await client.beta.agents.create({ name: 'old', model: 'm' });
    advance(server, 30_000);
    const cut = server.engine.clock.now().toISOString();
    advance(server, 30_000);
    const fresh = await client.beta.agents.create({ name: 'fresh', model: 'm' });
    await client.beta.agents.archive(old.id);
    expect((await client.beta.agents.list()).data.map((a) => a.id)).toEqual([fresh.id]);
    expect((await client.beta.agents.list({ include_archived: true })).data.map((a) => a.id)).toEqual([
      fresh.id,
      old.id,
    ]);
    expect(
      (await client.beta.agents.list({ include_archived: true, 'created_at[gte]': cut })).data.map((a) => a.id),
    ).toEqual([fresh.id]);
    expect(
      (await client.beta.agents.list({ include_archived: true, 'created_at[lte]': cut })).data.map((a) => a.id),
    ).toEqual([old.id]);
    const wire = server.engine.journal.list({ provider: 'managed-agents', operation: 'listAgents' })[0]!;
    expect(wire.query).toContain('created_at%5Blte%5D=');
  });

  it('rejects a forged page token and a limit over 100', async () => {
    expect(await rejection(client.beta.agents.list({ page: 'not-a-token' }))).toBeInstanceOf(BadRequestError);
    expect(await rejection(client.beta.agents.list({ limit: 101 }))).toBeInstanceOf(BadRequestError);
  });

  it('keeps tenants apart', async () => {
    const mine = await client.beta.agents.create({ name: 'mine', model: 'm' });
    const other = await api(server, 'oma_mailsimotherkey0123456789abcdefghijk')('GET', `/v1/agents/${mine.id}`);
    expect(other.status).toBe(404);
  });
});

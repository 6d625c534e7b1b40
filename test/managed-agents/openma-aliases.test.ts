/**
 * openma's own request forms over plain HTTP (its docs' page-B forms and its code's extras):
 * PATCH updates, `cursor` paging, `archived=true`, memory stores per agent and `/entries`,
 * agent versions by path and hard delete, `x-api-key`, and the JSON upload forms.
 */
import { describe, expect, it } from 'vitest';
import { KEY, api, emulatorPerFile } from './helpers.js';

const { server } = await emulatorPerFile();
const call = api(server, KEY, 'x-api-key');

describe('openma request forms', () => {
  it('updates with PATCH wherever page B documents it, with the same rules as POST', async () => {
    const agent = (await call('POST', '/v1/agents', { name: 'a', model: 'claude-sonnet-5-5' })).body;
    const patched = await call('PATCH', `/v1/agents/${agent.id}`, { version: 1, description: 'patched' });
    expect(patched.body).toMatchObject({ version: 2, description: 'patched' });
    expect((await call('PATCH', `/v1/agents/${agent.id}`, { version: 1, description: 'stale' })).status).toBe(409);
    const env = (await call('POST', '/v1/environments', { name: 'e' })).body;
    expect((await call('PATCH', `/v1/environments/${env.id}`, { name: 'e2' })).body.name).toBe('e2');
    const vault = (await call('POST', '/v1/vaults', { display_name: 'v' })).body;
    expect((await call('PATCH', `/v1/vaults/${vault.id}`, { display_name: 'v2' })).body.display_name).toBe('v2');
    const store = (await call('POST', '/v1/memory_stores', { name: 's' })).body;
    expect((await call('PATCH', `/v1/memory_stores/${store.id}`, { description: 'd' })).body.description).toBe('d');
    const memory = (await call('POST', `/v1/memory_stores/${store.id}/memories`, { path: '/m', content: 'one' })).body;
    const patchedMemory = await call('PATCH', `/v1/memory_stores/${store.id}/memories/${memory.id}?view=full`, {
      content: 'two',
    });
    expect(patchedMemory.body.content).toBe('two');
    const card = (await call('POST', '/v1/model_cards', { model_id: 'mine', provider: 'ant', api_key: 'sk-1111' }))
      .body;
    expect((await call('PATCH', `/v1/model_cards/${card.id}`, { model: 'claude-opus-5-5' })).body.model).toBe(
      'claude-opus-5-5',
    );
  });

  it('pages with cursor as well as page, and reads archived=true like include_archived', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await call('POST', '/v1/agents', { name: `a${i}`, model: 'm' })).body.id);
    await call('POST', `/v1/agents/${ids[0]}/archive`);
    const first = await call('GET', '/v1/agents?limit=1&archived=true');
    expect(first.body.data.map((a: { id: string }) => a.id)).toEqual([ids[2]]);
    const second = await call('GET', `/v1/agents?limit=1&archived=true&cursor=${first.body.next_page}`);
    expect(second.body.data.map((a: { id: string }) => a.id)).toEqual([ids[1]]);
    const third = await call('GET', `/v1/agents?limit=1&archived=true&cursor=${second.body.next_page}`);
    expect(third.body).toEqual({ data: [expect.objectContaining({ id: ids[0] })], next_page: null });
    expect((await call('GET', '/v1/agents')).body.data).toHaveLength(2);
  });

  it('serves an agent version by path and hard-deletes an agent', async () => {
    const agent = (await call('POST', '/v1/agents', { name: 'a', model: 'm' })).body;
    await call('POST', `/v1/agents/${agent.id}`, { name: 'b' });
    expect((await call('GET', `/v1/agents/${agent.id}/versions/1`)).body).toMatchObject({ version: 1, name: 'a' });
    expect((await call('GET', `/v1/agents/${agent.id}/versions/2`)).body).toMatchObject({ version: 2, name: 'b' });
    expect((await call('GET', `/v1/agents/${agent.id}/versions/3`)).status).toBe(404);
    expect((await call('DELETE', `/v1/agents/${agent.id}`)).body).toEqual({ type: 'agent_deleted', id: agent.id });
    expect((await call('GET', `/v1/agents/${agent.id}`)).status).toBe(404);
  });

  it('keeps memory stores per agent (agent_id) and lists memories at /entries', async () => {
    const agent = (await call('POST', '/v1/agents', { name: 'a', model: 'm' })).body;
    const mine = (await call('POST', '/v1/memory_stores', { name: 'agent memory', agent_id: agent.id })).body;
    expect(mine.agent_id).toBe(agent.id);
    await call('POST', '/v1/memory_stores', { name: 'shared' });
    const perAgent = await call('GET', `/v1/memory_stores?agent_id=${agent.id}`);
    expect(perAgent.body.data.map((s: { id: string }) => s.id)).toEqual([mine.id]);
    expect((await call('POST', '/v1/memory_stores', { name: 'x', agent_id: 'agent_unknown' })).status).toBe(404);
    await call('POST', `/v1/memory_stores/${mine.id}/memories`, { path: '/facts.md', content: 'sky is blue' });
    const entries = await call('GET', `/v1/memory_stores/${mine.id}/entries?view=full`);
    expect(entries.body).toEqual({
      data: [expect.objectContaining({ path: '/facts.md', content: 'sky is blue' })],
      next_page: null,
    });
  });

  it("takes openma's JSON uploads for skills and files, and multipart scope fields", async () => {
    const skill = await call('POST', '/v1/skills', {
      display_title: 'JSON skill',
      files: [
        {
          filename: 'json-skill/SKILL.md',
          content: Buffer.from('---\nname: json-skill\ndescription: from JSON\n---\n').toString('base64'),
          encoding: 'base64',
        },
      ],
    });
    expect(skill.status).toBe(200);
    expect(skill.body).toMatchObject({ display_name: 'JSON skill', source: { type: 'custom' } });
    const version = await call('GET', `/v1/skills/${skill.body.id}/versions/latest`);
    expect(version.body).toMatchObject({ name: 'json-skill', description: 'from JSON' });

    const file = await call('POST', '/v1/files', {
      filename: 'notes/a.md',
      content: '# hi',
      downloadable: false,
      scope_id: 'sesn_1',
    });
    expect(file.body).toMatchObject({
      filename: 'a.md',
      mime_type: 'text/markdown',
      downloadable: false,
      scope: { type: 'session', id: 'sesn_1' },
    });
    const form = new FormData();
    form.append('file', new Blob(['data'], { type: 'text/plain' }), 'page-b.txt');
    form.append('session_id', 'sesn_2');
    const multipart = await call('POST', '/v1/files', form);
    expect(multipart.body.scope).toEqual({ type: 'session', id: 'sesn_2' });
  });
});

/**
 * Models through the real SDK (`Page` pagination with after_id/before_id, lifecycle filters), and
 * openma's model cards over HTTP (the SDK has no client for them).
 */
import { BadRequestError, NotFoundError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { readSeedFile } from '../../src/providers/managed-agents/seed.js';
import { api, emulatorPerFile, rejection } from './helpers.js';

const { server, client } = await emulatorPerFile();

const seeded = readSeedFile().models;
const listed = seeded.filter((m) => m.lifecycle !== 'retired').map((m) => m.id);

describe('models', () => {
  it('auto-paginates the active and deprecated models with after_id, in seed order', async () => {
    const ids: string[] = [];
    for await (const m of client.beta.models.list({ limit: 3 })) ids.push(m.id);
    expect(ids).toEqual(listed);
    const first = await client.models.list({ limit: 3 });
    expect(first).toMatchObject({ has_more: true, first_id: listed[0], last_id: listed[2] });
    const all: string[] = [];
    for await (const m of client.models.list()) all.push(m.id);
    expect(all).toEqual(listed);
  });

  it('pages backwards with before_id and filters by lifecycle[]', async () => {
    const page = await client.beta.models.list({ before_id: listed[3]!, limit: 2 });
    expect(page.data.map((m) => m.id)).toEqual([listed[1], listed[2]]);
    expect(page.has_more).toBe(true);
    const retired = await client.beta.models.list({ lifecycle: ['retired'] });
    expect(retired.data.map((m) => m.lifecycle)).toEqual(['retired']);
    expect((await client.beta.models.list({ lifecycle: ['active', 'deprecated', 'retired'] })).data).toHaveLength(
      seeded.length,
    );
    expect(await rejection(client.beta.models.list({ after_id: 'claude-unknown' }))).toBeInstanceOf(BadRequestError);
  });

  it('retrieves one model with every field the SDK types', async () => {
    const m = await client.beta.models.retrieve('claude-opus-5-5');
    expect(m).toEqual({
      type: 'model',
      id: 'claude-opus-5-5',
      display_name: 'Claude Opus 5.5',
      created_at: expect.any(String),
      lifecycle: 'active',
      line: 'opus',
      capabilities: null,
      max_input_tokens: 1000000,
      max_tokens: 128000,
      deprecated_at: null,
      retires_at: null,
      allowed_fallback_models: null,
    });
    expect((await client.models.retrieve('claude-haiku-4-5-20251001')).lifecycle).toBe('deprecated');
    expect(await rejection(client.beta.models.retrieve('claude-nope'))).toBeInstanceOf(NotFoundError);
  });
});

describe('model cards (openma)', () => {
  it("shows only the key's last four, refuses a taken model_id, updates, lists and deletes", async () => {
    const call = api(server);
    const made = await call('POST', '/v1/model_cards', {
      model_id: 'house-claude',
      provider: 'ant',
      model: 'claude-sonnet-5-5',
      api_key: 'sk-ant-secret-1234',
      is_default: true,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      model_id: 'house-claude',
      provider: 'ant',
      api_key_preview: '1234',
      is_default: true,
      base_url: null,
      custom_headers: {},
      archived_at: null,
    });
    expect(made.text).not.toContain('sk-ant-secret');
    const taken = await call('POST', '/v1/model_cards', { model_id: 'house-claude', provider: 'oai', api_key: 'k' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.type).toBe('conflict_error');
    const second = await call('POST', '/v1/model_cards', {
      model_id: 'gpt',
      provider: 'oai-compatible',
      api_key: 'sk-other-9999',
      base_url: 'https://llm.example.com/v1',
      is_default: true,
    });
    expect((await call('GET', `/v1/model_cards/${made.body.id}`)).body.is_default).toBe(false);
    const rotated = await call('POST', `/v1/model_cards/${second.body.id}`, {
      api_key: 'sk-new-5678',
      custom_headers: { 'x-team': 'a' },
    });
    expect(rotated.body).toMatchObject({
      api_key_preview: '5678',
      custom_headers: { 'x-team': 'a' },
      base_url: 'https://llm.example.com/v1',
    });
    const listed = await call('GET', '/v1/model_cards?provider=oai-compatible');
    expect(listed.body).toEqual({ data: [rotated.body], next_page: null });
    expect((await call('DELETE', `/v1/model_cards/${made.body.id}`)).body).toEqual({
      type: 'model_card_deleted',
      id: made.body.id,
    });
    expect((await call('GET', `/v1/model_cards/${made.body.id}`)).status).toBe(404);
  });
});

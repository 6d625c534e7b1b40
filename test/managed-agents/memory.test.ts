/**
 * Memory stores, memories and memory versions through the real SDK: path rules, `view`,
 * `content_sha256` preconditions and path conflicts as their own error types (409s the SDK does
 * not retry), listings by prefix and depth, versions and redaction, archived-store rules.
 */
import { createHash } from 'node:crypto';
import { BadRequestError, ConflictError, NotFoundError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { KEY, advance, attempts, emulatorPerFile, rejection } from './helpers.js';

const { server, client } = await emulatorPerFile({}, { maxRetries: 2 });

const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const newStore = () => client.beta.memoryStores.create({ name: 'notes' });

describe('memory stores', () => {
  it('creates, reads, updates, lists with filters, archives and deletes', async () => {
    const store = await client.beta.memoryStores.create({
      name: 'Customer notes',
      description: 'What we learned',
      metadata: { customer: 'acme' },
    });
    expect(store.id).toMatch(/^memstore_01/);
    expect(store).toMatchObject({
      type: 'memory_store',
      name: 'Customer notes',
      description: 'What we learned',
      metadata: { customer: 'acme' },
      archived_at: null,
    });
    const bare = await client.beta.memoryStores.create({ name: 'bare' });
    expect(bare.description).toBe('');
    expect(await client.beta.memoryStores.retrieve(store.id)).toEqual(store);
    const updated = await client.beta.memoryStores.update(store.id, {
      description: 'Updated',
      metadata: { customer: null, tier: 'gold' },
    });
    expect(updated).toMatchObject({ description: 'Updated', metadata: { tier: 'gold' }, name: 'Customer notes' });
    advance(server, 60_000);
    const later = await client.beta.memoryStores.create({ name: 'later' });
    const all: string[] = [];
    for await (const s of client.beta.memoryStores.list({ limit: 2 })) all.push(s.id);
    expect(all).toEqual([later.id, bare.id, store.id]);
    const cut = new Date(server.engine.clock.nowMs() - 30_000).toISOString();
    expect((await client.beta.memoryStores.list({ 'created_at[gte]': cut })).data.map((s) => s.id)).toEqual([later.id]);
    expect((await client.beta.memoryStores.list({ 'created_at[lte]': cut })).data.map((s) => s.id)).toEqual([
      bare.id,
      store.id,
    ]);
    const archived = await client.beta.memoryStores.archive(bare.id);
    expect(archived.archived_at).not.toBeNull();
    expect((await client.beta.memoryStores.list()).data).toHaveLength(2);
    expect((await client.beta.memoryStores.list({ include_archived: true })).data).toHaveLength(3);
    expect(await rejection(client.beta.memoryStores.update(bare.id, { name: 'x' }))).toBeInstanceOf(BadRequestError);
    expect(await client.beta.memoryStores.delete(store.id)).toEqual({ id: store.id, type: 'memory_store_deleted' });
    expect(await rejection(client.beta.memoryStores.retrieve(store.id))).toBeInstanceOf(NotFoundError);
  });
});

describe('memories', () => {
  it('creates with view=basic by default, retrieves with view=full, hashes and sizes UTF-8', async () => {
    const store = await newStore();
    const content = 'Grüße — the customer prefers email.';
    const memory = await client.beta.memoryStores.memories.create(store.id, { path: '/customers/acme.md', content });
    expect(memory).toMatchObject({
      type: 'memory',
      memory_store_id: store.id,
      path: '/customers/acme.md',
      content: null,
      content_sha256: sha(content),
      content_size_bytes: Buffer.byteLength(content),
    });
    expect(memory.id).toMatch(/^mem_01/);
    expect(memory.memory_version_id).toMatch(/^memver_01/);
    expect((await client.beta.memoryStores.memories.retrieve(memory.id, { memory_store_id: store.id })).content).toBe(
      content,
    );
    expect(
      (await client.beta.memoryStores.memories.retrieve(memory.id, { memory_store_id: store.id, view: 'basic' }))
        .content,
    ).toBeNull();
    const full = await client.beta.memoryStores.memories.create(store.id, {
      path: '/empty',
      content: '',
      view: 'full',
    });
    expect(full.content).toBe('');
  });

  it('refuses bad paths and oversized content with 400s', async () => {
    const store = await newStore();
    for (const path of [
      'no-slash',
      '/a//b',
      '/a/../b',
      '/trailing/',
      `/${'x'.repeat(1100)}`,
      '/tab\there',
      '/cafe\u0301',
    ]) {
      expect(
        await rejection(client.beta.memoryStores.memories.create(store.id, { path, content: 'x' })),
        path,
      ).toBeInstanceOf(BadRequestError);
    }
    expect(
      await rejection(
        client.beta.memoryStores.memories.create(store.id, { path: '/big', content: 'x'.repeat(102_401) }),
      ),
    ).toBeInstanceOf(BadRequestError);
  });

  it('answers an overlapping path with memory_path_conflict_error and the conflicting memory, once', async () => {
    const store = await newStore();
    const notes = await client.beta.memoryStores.memories.create(store.id, { path: '/notes/todo.md', content: 'a' });
    for (const path of ['/notes/todo.md', '/notes', '/notes/todo.md/deeper']) {
      const before = attempts(server, 'createMemory');
      const e = await rejection(client.beta.memoryStores.memories.create(store.id, { path, content: 'b' }));
      expect(e).toBeInstanceOf(ConflictError);
      expect(e.type).toBe('memory_path_conflict_error');
      expect(e.error.error).toMatchObject({ conflicting_memory_id: notes.id, conflicting_path: '/notes/todo.md' });
      expect(attempts(server, 'createMemory') - before).toBe(1);
    }
    // A sibling directory that only shares a name prefix is not an overlap.
    await client.beta.memoryStores.memories.create(store.id, { path: '/notes-archive/todo.md', content: 'c' });
  });

  it('updates under a content_sha256 precondition and renames, recording versions', async () => {
    const store = await newStore();
    const m = await client.beta.memoryStores.memories.create(store.id, { path: '/plan.md', content: 'v1' });
    const v2 = await client.beta.memoryStores.memories.update(m.id, {
      memory_store_id: store.id,
      content: 'v2',
      precondition: { type: 'content_sha256', content_sha256: sha('v1') },
    });
    expect(v2.content_sha256).toBe(sha('v2'));
    expect(v2.memory_version_id).not.toBe(m.memory_version_id);
    const stale = await rejection(
      client.beta.memoryStores.memories.update(m.id, {
        memory_store_id: store.id,
        content: 'v3',
        precondition: { type: 'content_sha256', content_sha256: sha('v1') },
      }),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.type).toBe('memory_precondition_failed_error');
    expect(stale.headers.get('x-should-retry')).toBe('false');
    // Already exactly what was asked: succeeds although the hash differs, and records nothing.
    const same = await client.beta.memoryStores.memories.update(m.id, {
      memory_store_id: store.id,
      content: 'v2',
      precondition: { type: 'content_sha256', content_sha256: sha('v1') },
    });
    expect(same.memory_version_id).toBe(v2.memory_version_id);
    const renamed = await client.beta.memoryStores.memories.update(m.id, {
      memory_store_id: store.id,
      path: '/archive/plan.md',
      view: 'full',
    });
    expect(renamed).toMatchObject({ id: m.id, path: '/archive/plan.md', content: 'v2' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/other.md', content: 'x' });
    const clash = await rejection(
      client.beta.memoryStores.memories.update(m.id, { memory_store_id: store.id, path: '/other.md' }),
    );
    expect(clash.type).toBe('memory_path_conflict_error');

    const versions: string[] = [];
    for await (const v of client.beta.memoryStores.memoryVersions.list(store.id, { memory_id: m.id, limit: 1 }))
      versions.push(v.operation);
    expect(versions).toEqual(['modified', 'modified', 'created']);
  });

  it('deletes under expected_content_sha256 and keeps the versions', async () => {
    const store = await newStore();
    const m = await client.beta.memoryStores.memories.create(store.id, { path: '/x', content: 'keep' });
    const refused = await rejection(
      client.beta.memoryStores.memories.delete(m.id, {
        memory_store_id: store.id,
        expected_content_sha256: sha('other'),
      }),
    );
    expect(refused.type).toBe('memory_precondition_failed_error');
    expect(
      await client.beta.memoryStores.memories.delete(m.id, {
        memory_store_id: store.id,
        expected_content_sha256: sha('keep'),
      }),
    ).toEqual({ id: m.id, type: 'memory_deleted' });
    expect(
      await rejection(client.beta.memoryStores.memories.retrieve(m.id, { memory_store_id: store.id })),
    ).toBeInstanceOf(NotFoundError);
    const versions = (await client.beta.memoryStores.memoryVersions.list(store.id, { memory_id: m.id, view: 'full' }))
      .data;
    expect(versions.map((v) => [v.operation, v.path, v.content, v.content_sha256])).toEqual([
      ['deleted', '/x', null, null],
      ['created', '/x', 'keep', sha('keep')],
    ]);
    const keyId = (
      (await (
        await fetch(`${server.url('managed-agents')}/v1/api_keys`, { headers: { 'x-api-key': KEY } })
      ).json()) as { data: { id: string }[] }
    ).data[0]!.id;
    expect(versions[0]!.created_by).toEqual({ type: 'api_actor', api_key_id: keyId });
    expect((await client.beta.memoryStores.memoryVersions.list(store.id, { api_key_id: keyId })).data).toHaveLength(2);
    expect((await client.beta.memoryStores.memoryVersions.list(store.id, { operation: 'deleted' })).data).toHaveLength(
      1,
    );
    expect(
      (await client.beta.memoryStores.memoryVersions.list(store.id, { session_id: 'sesn_none' })).data,
    ).toHaveLength(0);
  });

  it('lists by prefix and depth, rolling deeper paths into memory_prefix markers, across pages', async () => {
    const store = await newStore();
    for (const path of [
      '/a.md',
      '/docs/intro.md',
      '/docs/guide/one.md',
      '/docs/guide/two.md',
      '/docs/api/ref.md',
      '/zeta.md',
    ]) {
      await client.beta.memoryStores.memories.create(store.id, { path, content: path });
    }
    const top: string[] = [];
    for await (const item of client.beta.memoryStores.memories.list(store.id, { depth: 1, limit: 2 }))
      top.push(`${item.type}:${item.path}`);
    expect(top).toEqual(['memory:/a.md', 'memory_prefix:/docs/', 'memory:/zeta.md']);
    const docs = (await client.beta.memoryStores.memories.list(store.id, { path_prefix: '/docs/', depth: 1 })).data.map(
      (i) => `${i.type}:${i.path}`,
    );
    expect(docs).toEqual(['memory_prefix:/docs/api/', 'memory_prefix:/docs/guide/', 'memory:/docs/intro.md']);
    const everything = (await client.beta.memoryStores.memories.list(store.id, { path_prefix: '/docs/', view: 'full' }))
      .data;
    expect(everything.map((i) => i.path)).toEqual([
      '/docs/api/ref.md',
      '/docs/guide/one.md',
      '/docs/guide/two.md',
      '/docs/intro.md',
    ]);
    expect((everything[0] as { content: string }).content).toBe('/docs/api/ref.md');
    expect(await rejection(client.beta.memoryStores.memories.list(store.id, { path_prefix: '/docs' }))).toBeInstanceOf(
      BadRequestError,
    );
  });

  it('redacts a version: content, path, hash and size become null', async () => {
    const store = await newStore();
    const m = await client.beta.memoryStores.memories.create(store.id, { path: '/secret', content: 'oops a password' });
    const version = await client.beta.memoryStores.memoryVersions.retrieve(m.memory_version_id, {
      memory_store_id: store.id,
    });
    expect(version).toMatchObject({
      type: 'memory_version',
      operation: 'created',
      content: 'oops a password',
      redacted_at: null,
      redacted_by: null,
    });
    const redacted = await client.beta.memoryStores.memoryVersions.redact(version.id, { memory_store_id: store.id });
    expect(redacted).toMatchObject({
      content: null,
      path: null,
      content_sha256: null,
      content_size_bytes: null,
      redacted_by: { type: 'api_actor' },
    });
    expect(redacted.redacted_at).not.toBeNull();
    expect(
      await rejection(client.beta.memoryStores.memoryVersions.retrieve('memver_nope', { memory_store_id: store.id })),
    ).toBeInstanceOf(NotFoundError);
  });

  it('lets an archived store be read and emptied, not written', async () => {
    const store = await newStore();
    const m = await client.beta.memoryStores.memories.create(store.id, { path: '/kept', content: 'k' });
    await client.beta.memoryStores.archive(store.id);
    expect(
      await rejection(client.beta.memoryStores.memories.create(store.id, { path: '/new', content: 'n' })),
    ).toBeInstanceOf(BadRequestError);
    expect(
      await rejection(
        client.beta.memoryStores.memories.update(m.id, { memory_store_id: store.id, content: 'changed' }),
      ),
    ).toBeInstanceOf(BadRequestError);
    expect((await client.beta.memoryStores.memories.retrieve(m.id, { memory_store_id: store.id })).content).toBe('k');
    await client.beta.memoryStores.memories.delete(m.id, { memory_store_id: store.id });
  });
});

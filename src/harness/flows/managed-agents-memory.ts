/** Managed Agents contract-test steps for memory stores, memories and memory versions. */
import type { FlowStep, Vars } from '../flow.js';
import { listed, main, makes, s, same, teardown } from './managed-agents-shared.js';

const store = (v: Vars) => ({ memory_store_id: s(v, 'storeId') });
const memory = (v: Vars) => ({ memory_store_id: s(v, 'storeId'), memory_id: s(v, 'memoryId') });

export const memorySteps: FlowStep[] = [
  main({
    id: 'createMemoryStore',
    title: 'create memory store',
    operation: 'createMemoryStore',
    expect: 200,
    body: (v) => ({ name: `mailsim contract ${v.run}`, metadata: { run: String(v.run) } }),
    ...makes('memory store', 'storeId', 'deleteMemoryStore', 'memory_store_id'),
  }),
  main({
    id: 'retrieveMemoryStore',
    title: 'get memory store',
    operation: 'retrieveMemoryStore',
    expect: 200,
    needs: ['storeId'],
    params: store,
    check: same('memory store', 'storeId'),
  }),
  main({
    id: 'listMemoryStores',
    title: 'list memory stores',
    operation: 'listMemoryStores',
    expect: 200,
    needs: ['storeId'],
    query: () => ({ limit: '100' }),
    check: listed('memory store', 'storeId'),
  }),
  main({
    id: 'updateMemoryStore',
    title: 'update memory store',
    operation: 'updateMemoryStore',
    expect: 200,
    needs: ['storeId'],
    params: store,
    body: () => ({ description: 'updated by contract-test' }),
  }),
  main({
    id: 'patchMemoryStore',
    title: 'update memory store (PATCH)',
    operation: 'patchMemoryStore',
    expect: 200,
    needs: ['storeId'],
    params: store,
    body: () => ({ description: 'patched by contract-test' }),
  }),
  main({
    id: 'createMemory',
    title: 'create memory',
    operation: 'createMemory',
    expect: 200,
    needs: ['storeId'],
    params: store,
    query: () => ({ view: 'full' }),
    body: (v) => ({ path: `/mailsim/${v.run}.md`, content: 'first' }),
    provides: ['memoryId', 'memorySha', 'memoryVersionId'],
    capture: (b, v) => {
      v.memoryId = b?.id;
      v.memorySha = b?.content_sha256;
      v.memoryVersionId = b?.memory_version_id;
    },
    creates: {
      kind: 'memory',
      idVar: 'memoryId',
      deleteOperation: 'deleteMemory',
      param: 'memory_id',
      params: store,
      deleteStatus: 200,
    },
  }),
  main({
    id: 'retrieveMemory',
    title: 'get memory',
    operation: 'retrieveMemory',
    expect: 200,
    needs: ['storeId', 'memoryId'],
    params: memory,
    check: (b) => (b?.content === 'first' ? null : 'retrieve defaults to view=full'),
  }),
  main({
    id: 'listMemories',
    title: 'list memories',
    operation: 'listMemories',
    expect: 200,
    needs: ['storeId', 'memoryId'],
    params: store,
    query: () => ({ path_prefix: '/mailsim/' }),
    check: listed('memory', 'memoryId'),
  }),
  main({
    id: 'listMemoryEntries',
    title: 'list memories (/entries)',
    operation: 'listMemoryEntries',
    expect: 200,
    needs: ['storeId', 'memoryId'],
    params: store,
    check: listed('memory', 'memoryId'),
  }),
  main({
    id: 'updateMemory',
    title: 'update memory under a precondition',
    operation: 'updateMemory',
    expect: 200,
    needs: ['storeId', 'memoryId', 'memorySha'],
    params: memory,
    body: (v) => ({ content: 'second', precondition: { type: 'content_sha256', content_sha256: v.memorySha } }),
  }),
  main({
    id: 'patchMemory',
    title: 'update memory (PATCH)',
    operation: 'patchMemory',
    expect: 200,
    needs: ['storeId', 'memoryId'],
    params: memory,
    body: () => ({ content: 'third' }),
  }),
  main({
    id: 'listMemoryVersions',
    title: 'list memory versions',
    operation: 'listMemoryVersions',
    expect: 200,
    needs: ['storeId', 'memoryVersionId'],
    params: store,
    check: listed('memory version', 'memoryVersionId'),
  }),
  main({
    id: 'retrieveMemoryVersion',
    title: 'get memory version',
    operation: 'retrieveMemoryVersion',
    expect: 200,
    needs: ['storeId', 'memoryVersionId'],
    params: (v) => ({ ...store(v), memory_version_id: s(v, 'memoryVersionId') }),
  }),
  main({
    id: 'redactMemoryVersion',
    title: 'redact memory version',
    operation: 'redactMemoryVersion',
    expect: 200,
    needs: ['storeId', 'memoryVersionId'],
    params: (v) => ({ ...store(v), memory_version_id: s(v, 'memoryVersionId') }),
    check: (b) => (b?.redacted_at && b?.content === null ? null : 'the version is not redacted'),
  }),
];

/** Memory teardown, after the error cases. */
export const memoryTeardown: FlowStep[] = [
  // Archived last (after the error cases), so they still meet a writable store; an archived store's
  // memories can still be deleted.
  teardown({
    id: 'archiveMemoryStore',
    title: 'archive memory store',
    operation: 'archiveMemoryStore',
    expect: 200,
    needs: ['storeId'],
    params: store,
    check: (b) => (b?.archived_at ? null : 'archived_at not set'),
  }),
  teardown({
    id: 'deleteMemory',
    title: 'delete memory',
    operation: 'deleteMemory',
    expect: 200,
    needs: ['storeId', 'memoryId'],
    params: memory,
    deletes: 'memoryId',
  }),
  teardown({
    id: 'deleteMemoryStore',
    title: 'delete memory store',
    operation: 'deleteMemoryStore',
    expect: 200,
    needs: ['storeId'],
    params: store,
    deletes: 'storeId',
  }),
];

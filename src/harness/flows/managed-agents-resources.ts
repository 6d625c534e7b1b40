/**
 * Managed Agents contract-test steps for memory, skills, files, models, model cards and API keys
 * (flows/managed-agents.ts holds agents, environments, vaults and the teardown).
 */
import type { FlowStep, Vars } from '../flow.js';

export const s = (v: Vars, key: string): string => String(v[key]);
export const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });
export const teardown = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'teardown' });

/** `{data:[…]}` holds the item this run made (matched on `key`). */
export const listed = (what: string, idVar: string, key = 'id') => (body: any, v: Vars): string | null =>
  Array.isArray(body?.data) && body.data.some((x: any) => x?.[key] === v[idVar]) ? null : `the ${what} created by this run is missing from the list`;
export const same = (what: string, idVar: string) => (body: any, v: Vars): string | null =>
  body?.id === v[idVar] ? null : `expected the ${what} ${v[idVar]}, got id ${JSON.stringify(body?.id)}`;

const skillMd = (name: string): string => `---\nname: ${name}\ndescription: mailsim contract test skill\n---\n\n# ${name}\n`;
const skillJson = (v: Vars, extra: Record<string, unknown> = {}) => ({
  files: [{ filename: `mailsim-ct-${v.run}/SKILL.md`, content: skillMd(`mailsim-ct-${v.run}`) }], ...extra,
});
function skillForm(v: Vars): FormData {
  const form = new FormData();
  form.append('files[]', new Blob([skillMd(`mailsim-ct-${v.run}-b`)]), `mailsim-ct-${v.run}-b/SKILL.md`);
  form.append('display_name', `mailsim contract ${v.run} (multipart)`);
  return form;
}
function fileForm(v: Vars): FormData {
  const form = new FormData();
  form.append('file', new Blob([`mailsim contract test ${v.run}\n`], { type: 'text/plain' }), `mailsim-ct-${v.run}.txt`);
  return form;
}

const store = (v: Vars) => ({ memory_store_id: s(v, 'storeId') });
const memory = (v: Vars) => ({ memory_store_id: s(v, 'storeId'), memory_id: s(v, 'memoryId') });
const skill = (v: Vars) => ({ skill_id: s(v, 'skillId') });

export const memorySteps: FlowStep[] = [
  main({
    id: 'createMemoryStore', title: 'create memory store', operation: 'createMemoryStore', expect: 200, body: (v) => ({ name: `mailsim contract ${v.run}`, metadata: { run: String(v.run) } }),
    provides: ['storeId'], capture: (b, v) => { v.storeId = b?.id; },
    creates: { kind: 'memory store', idVar: 'storeId', deleteOperation: 'deleteMemoryStore', param: 'memory_store_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveMemoryStore', title: 'get memory store', operation: 'retrieveMemoryStore', expect: 200, needs: ['storeId'], params: store, check: same('memory store', 'storeId') }),
  main({ id: 'listMemoryStores', title: 'list memory stores', operation: 'listMemoryStores', expect: 200, needs: ['storeId'], query: () => ({ limit: '100' }), check: listed('memory store', 'storeId') }),
  main({ id: 'updateMemoryStore', title: 'update memory store', operation: 'updateMemoryStore', expect: 200, needs: ['storeId'], params: store, body: () => ({ description: 'updated by contract-test' }) }),
  main({ id: 'patchMemoryStore', title: 'update memory store (PATCH)', operation: 'patchMemoryStore', expect: 200, needs: ['storeId'], params: store, body: () => ({ description: 'patched by contract-test' }) }),
  main({
    id: 'createMemory', title: 'create memory', operation: 'createMemory', expect: 200, needs: ['storeId'], params: store, query: () => ({ view: 'full' }),
    body: (v) => ({ path: `/mailsim/${v.run}.md`, content: 'first' }), provides: ['memoryId', 'memorySha', 'memoryVersionId'],
    capture: (b, v) => { v.memoryId = b?.id; v.memorySha = b?.content_sha256; v.memoryVersionId = b?.memory_version_id; },
    creates: { kind: 'memory', idVar: 'memoryId', deleteOperation: 'deleteMemory', param: 'memory_id', params: store, deleteStatus: 200 },
  }),
  main({ id: 'retrieveMemory', title: 'get memory', operation: 'retrieveMemory', expect: 200, needs: ['storeId', 'memoryId'], params: memory, check: (b) => (b?.content === 'first' ? null : 'retrieve defaults to view=full') }),
  main({ id: 'listMemories', title: 'list memories', operation: 'listMemories', expect: 200, needs: ['storeId', 'memoryId'], params: store, query: () => ({ path_prefix: '/mailsim/' }), check: listed('memory', 'memoryId') }),
  main({ id: 'listMemoryEntries', title: 'list memories (/entries)', operation: 'listMemoryEntries', expect: 200, needs: ['storeId', 'memoryId'], params: store, check: listed('memory', 'memoryId') }),
  main({
    id: 'updateMemory', title: 'update memory under a precondition', operation: 'updateMemory', expect: 200, needs: ['storeId', 'memoryId', 'memorySha'], params: memory,
    body: (v) => ({ content: 'second', precondition: { type: 'content_sha256', content_sha256: v.memorySha } }),
  }),
  main({ id: 'patchMemory', title: 'update memory (PATCH)', operation: 'patchMemory', expect: 200, needs: ['storeId', 'memoryId'], params: memory, body: () => ({ content: 'third' }) }),
  main({ id: 'listMemoryVersions', title: 'list memory versions', operation: 'listMemoryVersions', expect: 200, needs: ['storeId', 'memoryVersionId'], params: store, check: listed('memory version', 'memoryVersionId') }),
  main({ id: 'retrieveMemoryVersion', title: 'get memory version', operation: 'retrieveMemoryVersion', expect: 200, needs: ['storeId', 'memoryVersionId'], params: (v) => ({ ...store(v), memory_version_id: s(v, 'memoryVersionId') }) }),
  main({
    id: 'redactMemoryVersion', title: 'redact memory version', operation: 'redactMemoryVersion', expect: 200, needs: ['storeId', 'memoryVersionId'],
    params: (v) => ({ ...store(v), memory_version_id: s(v, 'memoryVersionId') }), check: (b) => (b?.redacted_at && b?.content === null ? null : 'the version is not redacted'),
  }),
];

export const skillSteps: FlowStep[] = [
  main({ id: 'listSkills', title: 'list skills', operation: 'listSkills', expect: 200, check: (b) => (b?.data?.some?.((x: any) => x?.source?.type === 'anthropic') ? null : 'no built-in skill listed') }),
  main({
    id: 'createSkill', title: 'create skill (JSON)', operation: 'createSkill', expect: 200, body: (v) => skillJson(v, { display_name: `mailsim contract ${v.run}` }),
    provides: ['skillId'], capture: (b, v) => { v.skillId = b?.id; },
    creates: { kind: 'skill', idVar: 'skillId', deleteOperation: 'deleteSkill', param: 'skill_id', deleteStatus: 200 },
  }),
  main({
    id: 'createSkillMultipart', title: 'create skill (multipart)', operation: 'createSkill', expect: 200, body: skillForm,
    provides: ['skill2Id'], capture: (b, v) => { v.skill2Id = b?.id; },
    creates: { kind: 'skill', idVar: 'skill2Id', deleteOperation: 'deleteSkill', param: 'skill_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveSkill', title: 'get skill', operation: 'retrieveSkill', expect: 200, needs: ['skillId'], params: skill, check: same('skill', 'skillId') }),
  main({
    id: 'createSkillVersion', title: 'add skill version', operation: 'createSkillVersion', expect: 200, needs: ['skillId'], params: skill, body: (v) => skillJson(v),
    provides: ['skillVersionId'], capture: (b, v) => { v.skillVersionId = b?.id; },
  }),
  main({ id: 'listSkillVersions', title: 'list skill versions', operation: 'listSkillVersions', expect: 200, needs: ['skillId', 'skillVersionId'], params: skill, check: listed('skill version', 'skillVersionId') }),
  main({ id: 'retrieveSkillVersion', title: 'get skill version', operation: 'retrieveSkillVersion', expect: 200, needs: ['skillId', 'skillVersionId'], params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }) }),
  main({ id: 'downloadSkillVersion', title: 'download skill version', operation: 'downloadSkillVersion', expect: 200, needs: ['skillId', 'skillVersionId'], params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }) }),
];

export const fileSteps: FlowStep[] = [
  main({
    id: 'uploadFile', title: 'upload file (JSON)', operation: 'uploadFile', expect: 200, body: (v) => ({ filename: `mailsim-ct-${v.run}.md`, content: '# contract test' }),
    provides: ['fileId'], capture: (b, v) => { v.fileId = b?.id; },
    creates: { kind: 'file', idVar: 'fileId', deleteOperation: 'deleteFile', param: 'file_id', deleteStatus: 200 },
  }),
  main({
    id: 'uploadFileMultipart', title: 'upload file (multipart)', operation: 'uploadFile', expect: 200, body: fileForm, provides: ['file2Id'], capture: (b, v) => { v.file2Id = b?.id; },
    creates: { kind: 'file', idVar: 'file2Id', deleteOperation: 'deleteFile', param: 'file_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveFileMetadata', title: 'get file metadata', operation: 'retrieveFileMetadata', expect: 200, needs: ['fileId'], params: (v) => ({ file_id: s(v, 'fileId') }), check: same('file', 'fileId') }),
  main({ id: 'listFiles', title: 'list files', operation: 'listFiles', expect: 200, needs: ['fileId'], query: () => ({ limit: '100' }), check: listed('file', 'fileId') }),
  main({ id: 'downloadFile', title: 'download file', operation: 'downloadFile', expect: 200, needs: ['file2Id'], params: (v) => ({ file_id: s(v, 'file2Id') }) }),
];

export const modelSteps: FlowStep[] = [
  main({ id: 'listModels', title: 'list models', operation: 'listModels', expect: 200, query: () => ({ limit: '5' }), provides: ['modelId'], capture: (b, v) => { v.modelId = b?.data?.[0]?.id; } }),
  main({ id: 'retrieveModel', title: 'get model', operation: 'retrieveModel', expect: 200, needs: ['modelId'], params: (v) => ({ model_id: s(v, 'modelId') }), check: same('model', 'modelId') }),
  main({
    id: 'createModelCard', title: 'add model card', operation: 'createModelCard', expect: 201, loopbackOnly: 'loopback targets only: openma probes the key live',
    body: (v) => ({ model_id: `mailsim-ct-${v.run}`, provider: 'ant', model: 'claude-sonnet-5-5', api_key: `sk-mailsim-ct-${v.run}` }),
    provides: ['cardId'], capture: (b, v) => { v.cardId = b?.id; },
    creates: { kind: 'model card', idVar: 'cardId', deleteOperation: 'deleteModelCard', param: 'model_card_id', deleteStatus: 200 },
  }),
  main({ id: 'listModelCards', title: 'list model cards', operation: 'listModelCards', expect: 200, needs: ['cardId'], check: listed('model card', 'cardId') }),
  main({ id: 'retrieveModelCard', title: 'get model card', operation: 'retrieveModelCard', expect: 200, needs: ['cardId'], params: (v) => ({ model_card_id: s(v, 'cardId') }), check: same('model card', 'cardId') }),
  main({ id: 'updateModelCard', title: 'rotate model card key', operation: 'updateModelCard', expect: 200, needs: ['cardId'], params: (v) => ({ model_card_id: s(v, 'cardId') }), body: () => ({ api_key: 'sk-rotated-0000' }) }),
  main({ id: 'patchModelCard', title: 'update model card (PATCH)', operation: 'patchModelCard', expect: 200, needs: ['cardId'], params: (v) => ({ model_card_id: s(v, 'cardId') }), body: () => ({ model: 'claude-opus-5-5' }) }),
  main({
    id: 'createApiKey', title: 'create API key', operation: 'createApiKey', expect: 201, loopbackOnly: 'loopback targets only: it mints a real API key',
    body: (v) => ({ name: `mailsim-contract-${v.run}` }), provides: ['apiKeyId'], capture: (b, v) => { v.apiKeyId = b?.id; },
    creates: { kind: 'api key', idVar: 'apiKeyId', deleteOperation: 'deleteApiKey', param: 'api_key_id', deleteStatus: 200 },
  }),
  main({ id: 'listApiKeys', title: 'list API keys', operation: 'listApiKeys', expect: 200, needs: ['apiKeyId'], check: listed('API key', 'apiKeyId') }),
];

/** Teardown of this file's resources, children before parents. */
export const resourceTeardown: FlowStep[] = [
  teardown({ id: 'deleteApiKey', title: 'revoke API key', operation: 'deleteApiKey', expect: 200, needs: ['apiKeyId'], params: (v) => ({ api_key_id: s(v, 'apiKeyId') }), deletes: 'apiKeyId' }),
  teardown({ id: 'deleteModelCard', title: 'delete model card', operation: 'deleteModelCard', expect: 200, needs: ['cardId'], params: (v) => ({ model_card_id: s(v, 'cardId') }), deletes: 'cardId' }),
  teardown({ id: 'deleteFile', title: 'delete file', operation: 'deleteFile', expect: 200, needs: ['fileId'], params: (v) => ({ file_id: s(v, 'fileId') }), deletes: 'fileId' }),
  teardown({ id: 'deleteFile2', title: 'delete multipart file', operation: 'deleteFile', expect: 200, needs: ['file2Id'], params: (v) => ({ file_id: s(v, 'file2Id') }), deletes: 'file2Id' }),
  teardown({ id: 'deleteSkillVersion', title: 'delete skill version', operation: 'deleteSkillVersion', expect: 200, needs: ['skillId', 'skillVersionId'], params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }) }),
  teardown({ id: 'deleteSkill', title: 'delete skill', operation: 'deleteSkill', expect: 200, needs: ['skillId'], params: skill, deletes: 'skillId' }),
  teardown({ id: 'deleteSkill2', title: 'delete multipart skill', operation: 'deleteSkill', expect: 200, needs: ['skill2Id'], params: (v) => ({ skill_id: s(v, 'skill2Id') }), deletes: 'skill2Id' }),
  // Archived last (after the error cases), so they still meet a writable store; an archived store's memories can be deleted.
  teardown({ id: 'archiveMemoryStore', title: 'archive memory store', operation: 'archiveMemoryStore', expect: 200, needs: ['storeId'], params: store, check: (b) => (b?.archived_at ? null : 'archived_at not set') }),
  teardown({ id: 'deleteMemory', title: 'delete memory', operation: 'deleteMemory', expect: 200, needs: ['storeId', 'memoryId'], params: memory, deletes: 'memoryId' }),
  teardown({ id: 'deleteMemoryStore', title: 'delete memory store', operation: 'deleteMemoryStore', expect: 200, needs: ['storeId'], params: store, deletes: 'storeId' }),
];

/**
 * Managed Agents contract-test steps for skills, files, models, model cards and API keys
 * (agents, environments and vaults are in managed-agents-agents.ts, memory in managed-agents-memory.ts).
 */
import type { FlowStep, Vars } from '../flow.js';
import { listed, main, makes, s, same, teardown } from './managed-agents-shared.js';

const skillMd = (name: string): string =>
  `---\nname: ${name}\ndescription: mailsim contract test skill\n---\n\n# ${name}\n`;
const skillJson = (v: Vars, extra: Record<string, unknown> = {}) => ({
  files: [{ filename: `mailsim-ct-${v.run}/SKILL.md`, content: skillMd(`mailsim-ct-${v.run}`) }],
  ...extra,
});
function skillForm(v: Vars): FormData {
  const form = new FormData();
  form.append('files[]', new Blob([skillMd(`mailsim-ct-${v.run}-b`)]), `mailsim-ct-${v.run}-b/SKILL.md`);
  form.append('display_name', `mailsim contract ${v.run} (multipart)`);
  return form;
}
function fileForm(v: Vars): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob([`mailsim contract test ${v.run}\n`], { type: 'text/plain' }),
    `mailsim-ct-${v.run}.txt`,
  );
  return form;
}
const skill = (v: Vars) => ({ skill_id: s(v, 'skillId') });

export const skillSteps: FlowStep[] = [
  main({
    id: 'listSkills',
    title: 'list skills',
    operation: 'listSkills',
    expect: 200,
    check: (b) => (b?.data?.some?.((x: any) => x?.source?.type === 'anthropic') ? null : 'no built-in skill listed'),
  }),
  main({
    id: 'createSkill',
    title: 'create skill (JSON)',
    operation: 'createSkill',
    expect: 200,
    body: (v) => skillJson(v, { display_name: `mailsim contract ${v.run}` }),
    ...makes('skill', 'skillId', 'deleteSkill', 'skill_id'),
  }),
  main({
    id: 'createSkillMultipart',
    title: 'create skill (multipart)',
    operation: 'createSkill',
    expect: 200,
    body: skillForm,
    ...makes('skill', 'skill2Id', 'deleteSkill', 'skill_id'),
  }),
  main({
    id: 'retrieveSkill',
    title: 'get skill',
    operation: 'retrieveSkill',
    expect: 200,
    needs: ['skillId'],
    params: skill,
    check: same('skill', 'skillId'),
  }),
  main({
    id: 'createSkillVersion',
    title: 'add skill version',
    operation: 'createSkillVersion',
    expect: 200,
    needs: ['skillId'],
    params: skill,
    body: (v) => skillJson(v),
    provides: ['skillVersionId'],
    capture: (b, v) => {
      v.skillVersionId = b?.id;
    },
  }),
  main({
    id: 'listSkillVersions',
    title: 'list skill versions',
    operation: 'listSkillVersions',
    expect: 200,
    needs: ['skillId', 'skillVersionId'],
    params: skill,
    check: listed('skill version', 'skillVersionId'),
  }),
  main({
    id: 'retrieveSkillVersion',
    title: 'get skill version',
    operation: 'retrieveSkillVersion',
    expect: 200,
    needs: ['skillId', 'skillVersionId'],
    params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }),
  }),
  main({
    id: 'downloadSkillVersion',
    title: 'download skill version',
    operation: 'downloadSkillVersion',
    expect: 200,
    needs: ['skillId', 'skillVersionId'],
    params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }),
  }),
];

export const fileSteps: FlowStep[] = [
  main({
    id: 'uploadFile',
    title: 'upload file (JSON)',
    operation: 'uploadFile',
    expect: 200,
    body: (v) => ({ filename: `mailsim-ct-${v.run}.md`, content: '# contract test' }),
    ...makes('file', 'fileId', 'deleteFile', 'file_id'),
  }),
  main({
    id: 'uploadFileMultipart',
    title: 'upload file (multipart)',
    operation: 'uploadFile',
    expect: 200,
    body: fileForm,
    ...makes('file', 'file2Id', 'deleteFile', 'file_id'),
  }),
  main({
    id: 'retrieveFileMetadata',
    title: 'get file metadata',
    operation: 'retrieveFileMetadata',
    expect: 200,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    check: same('file', 'fileId'),
  }),
  main({
    id: 'listFiles',
    title: 'list files',
    operation: 'listFiles',
    expect: 200,
    needs: ['fileId'],
    query: () => ({ limit: '100' }),
    check: listed('file', 'fileId'),
  }),
  main({
    id: 'downloadFile',
    title: 'download file',
    operation: 'downloadFile',
    expect: 200,
    needs: ['file2Id'],
    params: (v) => ({ file_id: s(v, 'file2Id') }),
  }),
];

export const modelSteps: FlowStep[] = [
  main({
    id: 'listModels',
    title: 'list models',
    operation: 'listModels',
    expect: 200,
    query: () => ({ limit: '5' }),
    provides: ['modelId'],
    capture: (b, v) => {
      v.modelId = b?.data?.[0]?.id;
    },
  }),
  main({
    id: 'retrieveModel',
    title: 'get model',
    operation: 'retrieveModel',
    expect: 200,
    needs: ['modelId'],
    params: (v) => ({ model_id: s(v, 'modelId') }),
    check: same('model', 'modelId'),
  }),
  main({
    id: 'createModelCard',
    title: 'add model card',
    operation: 'createModelCard',
    expect: 201,
    loopbackOnly: 'loopback targets only: openma probes the key live',
    body: (v) => ({
      model_id: `mailsim-ct-${v.run}`,
      provider: 'ant',
      model: 'claude-sonnet-5-5',
      api_key: `sk-mailsim-ct-${v.run}`,
    }),
    ...makes('model card', 'cardId', 'deleteModelCard', 'model_card_id'),
  }),
  main({
    id: 'listModelCards',
    title: 'list model cards',
    operation: 'listModelCards',
    expect: 200,
    needs: ['cardId'],
    check: listed('model card', 'cardId'),
  }),
  main({
    id: 'retrieveModelCard',
    title: 'get model card',
    operation: 'retrieveModelCard',
    expect: 200,
    needs: ['cardId'],
    params: (v) => ({ model_card_id: s(v, 'cardId') }),
    check: same('model card', 'cardId'),
  }),
  main({
    id: 'updateModelCard',
    title: 'rotate model card key',
    operation: 'updateModelCard',
    expect: 200,
    needs: ['cardId'],
    params: (v) => ({ model_card_id: s(v, 'cardId') }),
    body: () => ({ api_key: 'sk-rotated-0000' }),
  }),
  main({
    id: 'patchModelCard',
    title: 'update model card (PATCH)',
    operation: 'patchModelCard',
    expect: 200,
    needs: ['cardId'],
    params: (v) => ({ model_card_id: s(v, 'cardId') }),
    body: () => ({ model: 'claude-opus-5-5' }),
  }),
  main({
    id: 'createApiKey',
    title: 'create API key',
    operation: 'createApiKey',
    expect: 201,
    loopbackOnly: 'loopback targets only: it mints a real API key',
    body: (v) => ({ name: `mailsim-contract-${v.run}` }),
    ...makes('api key', 'apiKeyId', 'deleteApiKey', 'api_key_id'),
  }),
  main({
    id: 'listApiKeys',
    title: 'list API keys',
    operation: 'listApiKeys',
    expect: 200,
    needs: ['apiKeyId'],
    check: listed('API key', 'apiKeyId'),
  }),
];

/** Teardown of these resources, children before parents. */
export const resourceTeardown: FlowStep[] = [
  teardown({
    id: 'deleteApiKey',
    title: 'revoke API key',
    operation: 'deleteApiKey',
    expect: 200,
    needs: ['apiKeyId'],
    params: (v) => ({ api_key_id: s(v, 'apiKeyId') }),
    deletes: 'apiKeyId',
  }),
  teardown({
    id: 'deleteModelCard',
    title: 'delete model card',
    operation: 'deleteModelCard',
    expect: 200,
    needs: ['cardId'],
    params: (v) => ({ model_card_id: s(v, 'cardId') }),
    deletes: 'cardId',
  }),
  teardown({
    id: 'deleteFile',
    title: 'delete file',
    operation: 'deleteFile',
    expect: 200,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    deletes: 'fileId',
  }),
  teardown({
    id: 'deleteFile2',
    title: 'delete multipart file',
    operation: 'deleteFile',
    expect: 200,
    needs: ['file2Id'],
    params: (v) => ({ file_id: s(v, 'file2Id') }),
    deletes: 'file2Id',
  }),
  teardown({
    id: 'deleteSkillVersion',
    title: 'delete skill version',
    operation: 'deleteSkillVersion',
    expect: 200,
    needs: ['skillId', 'skillVersionId'],
    params: (v) => ({ ...skill(v), version: s(v, 'skillVersionId') }),
  }),
  teardown({
    id: 'deleteSkill',
    title: 'delete skill',
    operation: 'deleteSkill',
    expect: 200,
    needs: ['skillId'],
    params: skill,
    deletes: 'skillId',
  }),
  teardown({
    id: 'deleteSkill2',
    title: 'delete multipart skill',
    operation: 'deleteSkill',
    expect: 200,
    needs: ['skill2Id'],
    params: (v) => ({ skill_id: s(v, 'skill2Id') }),
    deletes: 'skill2Id',
  }),
];

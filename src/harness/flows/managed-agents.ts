/**
 * The Managed Agents contract-test flow: one stateful walk through contracts/managed-agents.yaml
 * with any key — health → models → agents (versions, optimistic lock, archive) → environments →
 * vaults and credentials → memory → skills → files → sessions (events, stream, resources, threads) → model
 * cards and API keys → deletes.
 *
 * Everything the run makes carries its suffix and is deleted by the teardown (or by `--cleanup`).
 * Left to loopback targets: minting an API key and storing a model card (openma probes the key
 * live); their error cases still run. The flow speaks the SDK's and openma's forms both, so a real
 * Anthropic target answers openma's extras (/healthz, PATCH, model cards, API keys) with 404s.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorCase, FlowDefinition } from '../flow.js';
import { agentTeardown, agents, environments, health, vaults } from './managed-agents-agents.js';
import { memorySteps, memoryTeardown } from './managed-agents-memory.js';
import { fileSteps, modelSteps, resourceTeardown, skillSteps } from './managed-agents-resources.js';
import { sessionThreadSteps } from './managed-agents-session-threads.js';
import { sessionTurnSteps } from './managed-agents-session-turns.js';
import { sessionSteps } from './managed-agents-sessions.js';
import { s } from './managed-agents-shared.js';

/** Documented 4xx answers the contract's generic rules cannot derive; none changes anything. */
const errorCases: ErrorCase[] = [
  {
    id: 'createMemory:bad-path',
    title: 'memory path without a leading slash',
    operation: 'createMemory',
    expect: 400,
    params: (v) => ({ memory_store_id: s(v, 'storeId') }),
    body: () => ({ path: 'relative.md', content: 'x' }),
  },
  {
    id: 'listAgents:bad-page',
    title: 'forged page token',
    operation: 'listAgents',
    expect: 400,
    query: () => ({ page: 'not-a-page-token' }),
  },
  {
    id: 'createSkill:no-skill-md',
    title: 'skill upload without SKILL.md',
    operation: 'createSkill',
    expect: 400,
    body: () => ({ files: [{ filename: 'x/readme.md', content: 'no skill here' }] }),
  },
  {
    id: 'sendSessionEvents:unknown-tool-use',
    title: 'a tool confirmation nothing waits for',
    operation: 'sendSessionEvents',
    expect: 400,
    params: (v) => ({ session_id: s(v, 'sessionId') }),
    body: () => ({ events: [{ type: 'user.tool_confirmation', tool_use_id: 'sevt_unknown', result: 'allow' }] }),
  },
  {
    id: 'deleteSkill:built-in',
    title: 'delete a built-in skill',
    operation: 'deleteSkill',
    expect: 403,
    params: () => ({ skill_id: 'pdf' }),
  },
];

export const managedAgentsFlow: FlowDefinition = {
  provider: 'managed-agents',
  steps: [
    ...health,
    ...modelSteps,
    ...agents,
    ...environments,
    ...vaults,
    ...memorySteps,
    ...skillSteps,
    ...fileSteps,
    ...sessionSteps,
    ...sessionTurnSteps,
    ...sessionThreadSteps,
    ...resourceTeardown,
    ...memoryTeardown,
    ...agentTeardown,
  ],
  templates: {},
  errorCases,
  placeholders: () => ({
    agentId: `agent_${randomUUID()}`,
    envId: `env_${randomUUID()}`,
    vaultId: `vlt_${randomUUID()}`,
    credentialId: `vcrd_${randomUUID()}`,
    storeId: `memstore_${randomUUID()}`,
    memoryId: `mem_${randomUUID()}`,
    memoryVersionId: `memver_${randomUUID()}`,
    memorySha: '0'.repeat(64),
    skillId: `skill_${randomUUID()}`,
    skill2Id: `skill_${randomUUID()}`,
    skillVersionId: '1',
    fileId: `file_${randomUUID()}`,
    file2Id: `file_${randomUUID()}`,
    modelId: 'claude-sonnet-5-5',
    cardId: `mdlcard_${randomUUID()}`,
    apiKeyId: `apikey_${randomUUID()}`,
    sessionId: `sesn_${randomUUID()}`,
    sessionResourceId: `sesrsc_${randomUUID()}`,
    repoResourceId: `sesrsc_${randomUUID()}`,
    primaryThreadId: `sthr_${randomUUID()}`,
    childThreadId: `sthr_${randomUUID()}`,
    leadSessionId: `sesn_${randomUUID()}`,
    leadAgentId: `agent_${randomUUID()}`,
  }),
  // An agent version is an integer: an unknown one must be a number to reach the 404.
  unknownIds: { version: () => '999999' },
};

/**
 * The Managed Agents contract-test flow: one stateful walk through contracts/managed-agents.yaml
 * with any key — health → models → agents (versions, optimistic lock, archive) → environments →
 * vaults and credentials → memory → skills → files → model cards and API keys → deletes.
 *
 * Everything the run makes carries its suffix and is deleted by the teardown (or by `--cleanup`).
 * Left to loopback targets: minting an API key and storing a model card (openma probes the key
 * live); their error cases still run. The flow speaks the SDK's and openma's forms both, so a real
 * Anthropic target answers openma's extras (/healthz, PATCH, model cards, API keys) with 404s.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorCase, FlowDefinition, FlowStep } from '../flow.js';
import { fileSteps, listed, main, memorySteps, modelSteps, resourceTeardown, s, same, skillSteps, teardown } from './managed-agents-resources.js';

const agent = (v: Record<string, unknown>) => ({ agent_id: s(v, 'agentId') });
const env = (v: Record<string, unknown>) => ({ environment_id: s(v, 'envId') });
const vault = (v: Record<string, unknown>) => ({ vault_id: s(v, 'vaultId') });
const credential = (v: Record<string, unknown>) => ({ vault_id: s(v, 'vaultId'), credential_id: s(v, 'credentialId') });

const health: FlowStep[] = [
  main({ id: 'getHealth', title: 'health', operation: 'getHealth', expect: 200, auth: 'none' }),
  main({ id: 'getHealthz', title: 'health (page-B form)', operation: 'getHealthz', expect: 200, auth: 'none' }),
];

const agents: FlowStep[] = [
  main({
    id: 'createAgent', title: 'create agent', operation: 'createAgent', expect: 200,
    body: (v) => ({ name: `mailsim contract ${v.run}`, model: 'claude-sonnet-5-5', tools: [{ type: 'agent_toolset_20260401' }], metadata: { run: String(v.run) } }),
    provides: ['agentId'], capture: (b, v) => { v.agentId = b?.id; },
    check: (b) => (b?.version === 1 && b?.model?.speed === 'standard' ? null : 'a new agent is version 1 with a normalised model'),
    creates: { kind: 'agent', idVar: 'agentId', deleteOperation: 'deleteAgent', param: 'agent_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveAgent', title: 'get agent', operation: 'retrieveAgent', expect: 200, needs: ['agentId'], params: agent, check: same('agent', 'agentId') }),
  main({ id: 'listAgents', title: 'list agents', operation: 'listAgents', expect: 200, needs: ['agentId'], query: () => ({ limit: '100' }), check: listed('agent', 'agentId') }),
  main({
    id: 'updateAgent', title: 'update agent at version 1', operation: 'updateAgent', expect: 200, needs: ['agentId'], params: agent,
    body: () => ({ version: 1, description: 'updated by contract-test' }), check: (b) => (b?.version === 2 ? null : `the update should make version 2, got ${JSON.stringify(b?.version)}`),
  }),
  main({ id: 'patchAgent', title: 'update agent (PATCH)', operation: 'patchAgent', expect: 200, needs: ['agentId'], params: agent, body: () => ({ system: 'patched by contract-test' }) }),
  main({ id: 'updateAgentStale', title: 'update agent at a stale version', operation: 'updateAgent', expect: 409, needs: ['agentId'], params: agent, body: () => ({ version: 1, description: 'stale' }) }),
  main({ id: 'listAgentVersions', title: 'list agent versions', operation: 'listAgentVersions', expect: 200, needs: ['agentId'], params: agent, check: (b) => (b?.data?.length === 3 ? null : `expected 3 versions, got ${b?.data?.length}`) }),
  main({ id: 'retrieveAgentVersion', title: 'get agent version 1', operation: 'retrieveAgentVersion', expect: 200, needs: ['agentId'], params: (v) => ({ ...agent(v), version: '1' }), check: (b) => (b?.version === 1 ? null : 'not version 1') }),
  main({ id: 'archiveAgent', title: 'archive agent', operation: 'archiveAgent', expect: 200, needs: ['agentId'], params: agent, check: (b) => (b?.archived_at ? null : 'archived_at not set') }),
];

const environments: FlowStep[] = [
  main({
    id: 'createEnvironment', title: 'create environment', operation: 'createEnvironment', expect: 200,
    body: (v) => ({ name: `mailsim contract ${v.run}`, config: { type: 'cloud', packages: { pip: ['requests'] } } }),
    provides: ['envId'], capture: (b, v) => { v.envId = b?.id; },
    creates: { kind: 'environment', idVar: 'envId', deleteOperation: 'deleteEnvironment', param: 'environment_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveEnvironment', title: 'get environment', operation: 'retrieveEnvironment', expect: 200, needs: ['envId'], params: env, check: same('environment', 'envId') }),
  main({ id: 'listEnvironments', title: 'list environments', operation: 'listEnvironments', expect: 200, needs: ['envId'], query: () => ({ limit: '100' }), check: listed('environment', 'envId') }),
  main({ id: 'updateEnvironment', title: 'update environment', operation: 'updateEnvironment', expect: 200, needs: ['envId'], params: env, body: () => ({ description: 'updated by contract-test' }) }),
  main({ id: 'patchEnvironment', title: 'update environment (PATCH)', operation: 'patchEnvironment', expect: 200, needs: ['envId'], params: env, body: () => ({ metadata: { patched: 'yes' } }) }),
  main({ id: 'archiveEnvironment', title: 'archive environment', operation: 'archiveEnvironment', expect: 200, needs: ['envId'], params: env, check: (b) => (b?.archived_at ? null : 'archived_at not set') }),
];

const vaults: FlowStep[] = [
  main({
    id: 'createVault', title: 'create vault', operation: 'createVault', expect: 200, body: (v) => ({ display_name: `mailsim contract ${v.run}` }),
    provides: ['vaultId'], capture: (b, v) => { v.vaultId = b?.id; },
    creates: { kind: 'vault', idVar: 'vaultId', deleteOperation: 'deleteVault', param: 'vault_id', deleteStatus: 200 },
  }),
  main({ id: 'retrieveVault', title: 'get vault', operation: 'retrieveVault', expect: 200, needs: ['vaultId'], params: vault, check: same('vault', 'vaultId') }),
  main({ id: 'listVaults', title: 'list vaults', operation: 'listVaults', expect: 200, needs: ['vaultId'], query: () => ({ limit: '100' }), check: listed('vault', 'vaultId') }),
  main({ id: 'updateVault', title: 'update vault', operation: 'updateVault', expect: 200, needs: ['vaultId'], params: vault, body: () => ({ metadata: { updated: 'yes' } }) }),
  main({ id: 'patchVault', title: 'update vault (PATCH)', operation: 'patchVault', expect: 200, needs: ['vaultId'], params: vault, body: (v) => ({ display_name: `mailsim contract ${v.run} (patched)` }) }),
  main({
    id: 'createCredential', title: 'add MCP OAuth credential', operation: 'createCredential', expect: 200, needs: ['vaultId'], params: vault,
    body: (v) => ({
      display_name: `mailsim contract ${v.run}`,
      auth: {
        type: 'mcp_oauth', access_token: `mailsim-ct-secret-${v.run}`, mcp_server_url: 'https://mcp.example.com/mailsim', expires_at: '2099-01-01T00:00:00Z',
        refresh: { client_id: 'mailsim', refresh_token: `mailsim-ct-refresh-${v.run}`, token_endpoint: 'https://auth.example.com/token', token_endpoint_auth: { type: 'none' } },
      },
    }),
    provides: ['credentialId'], capture: (b, v) => { v.credentialId = b?.id; },
    check: (b, v) => (JSON.stringify(b).includes(`mailsim-ct-secret-${v.run}`) ? 'the answer contains the access token' : null),
    creates: { kind: 'credential', idVar: 'credentialId', deleteOperation: 'deleteCredential', param: 'credential_id', params: vault, deleteStatus: 200 },
  }),
  main({ id: 'retrieveCredential', title: 'get credential', operation: 'retrieveCredential', expect: 200, needs: ['vaultId', 'credentialId'], params: credential, check: same('credential', 'credentialId') }),
  main({ id: 'listCredentials', title: 'list credentials', operation: 'listCredentials', expect: 200, needs: ['vaultId', 'credentialId'], params: vault, check: listed('credential', 'credentialId') }),
  main({
    id: 'updateCredential', title: 'rotate credential', operation: 'updateCredential', expect: 200, needs: ['vaultId', 'credentialId'], params: credential,
    body: (v) => ({ auth: { type: 'mcp_oauth', access_token: `mailsim-ct-rotated-${v.run}` } }),
  }),
  main({ id: 'validateCredential', title: 'validate credential', operation: 'validateCredential', expect: 200, needs: ['vaultId', 'credentialId'], params: credential }),
  main({ id: 'archiveCredential', title: 'archive credential', operation: 'archiveCredential', expect: 200, needs: ['vaultId', 'credentialId'], params: credential }),
  main({ id: 'archiveVault', title: 'archive vault', operation: 'archiveVault', expect: 200, needs: ['vaultId'], params: vault, check: (b) => (b?.archived_at ? null : 'archived_at not set') }),
];

const ownTeardown: FlowStep[] = [
  teardown({ id: 'deleteCredential', title: 'delete credential', operation: 'deleteCredential', expect: 200, needs: ['vaultId', 'credentialId'], params: credential, deletes: 'credentialId' }),
  teardown({ id: 'deleteVault', title: 'delete vault', operation: 'deleteVault', expect: 200, needs: ['vaultId'], params: vault, deletes: 'vaultId' }),
  teardown({ id: 'deleteEnvironment', title: 'delete environment', operation: 'deleteEnvironment', expect: 200, needs: ['envId'], params: env, deletes: 'envId' }),
  teardown({ id: 'deleteAgent', title: 'delete agent', operation: 'deleteAgent', expect: 200, needs: ['agentId'], params: agent, deletes: 'agentId' }),
  teardown({ id: 'getDeletedAgent', title: 'get deleted agent', operation: 'retrieveAgent', expect: 404, needs: ['agentId', 'deleted:agentId'], params: agent }),
];

/** Documented 4xx answers the contract's generic rules cannot derive; none changes anything. */
const errorCases: ErrorCase[] = [
  { id: 'createMemory:bad-path', title: 'memory path without a leading slash', operation: 'createMemory', expect: 400, params: (v) => ({ memory_store_id: s(v, 'storeId') }), body: () => ({ path: 'relative.md', content: 'x' }) },
  { id: 'listAgents:bad-page', title: 'forged page token', operation: 'listAgents', expect: 400, query: () => ({ page: 'not-a-page-token' }) },
  { id: 'createSkill:no-skill-md', title: 'skill upload without SKILL.md', operation: 'createSkill', expect: 400, body: () => ({ files: [{ filename: 'x/readme.md', content: 'no skill here' }] }) },
  { id: 'deleteSkill:built-in', title: 'delete a built-in skill', operation: 'deleteSkill', expect: 403, params: () => ({ skill_id: 'pdf' }) },
];

export const managedAgentsFlow: FlowDefinition = {
  provider: 'managed-agents',
  steps: [...health, ...modelSteps, ...agents, ...environments, ...vaults, ...memorySteps, ...skillSteps, ...fileSteps, ...resourceTeardown, ...ownTeardown],
  templates: {},
  errorCases,
  placeholders: () => ({
    agentId: `agent_${randomUUID()}`, envId: `env_${randomUUID()}`, vaultId: `vlt_${randomUUID()}`, credentialId: `vcrd_${randomUUID()}`,
    storeId: `memstore_${randomUUID()}`, memoryId: `mem_${randomUUID()}`, memoryVersionId: `memver_${randomUUID()}`, memorySha: '0'.repeat(64),
    skillId: `skill_${randomUUID()}`, skill2Id: `skill_${randomUUID()}`, skillVersionId: '1', fileId: `file_${randomUUID()}`, file2Id: `file_${randomUUID()}`,
    modelId: 'claude-sonnet-5-5', cardId: `mdlcard_${randomUUID()}`, apiKeyId: `apikey_${randomUUID()}`,
  }),
  // An agent version is an integer: an unknown one must be a number to reach the 404.
  unknownIds: { version: () => '999999' },
};

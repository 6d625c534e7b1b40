/**
 * Rows → JSON exactly as the SDK's response types have them (contracts/managed-agents.yaml).
 * Credential secrets and model-card keys never reach these functions' output.
 */
import type { HandlerResult } from '../../engine/provider.js';
import type { AgentConfig } from './domain/agent-config.js';
import { resolveSelf } from './domain/multiagent.js';
import type {
  AgentRow,
  AgentVersionRow,
  CredentialRow,
  EnvironmentRow,
  FileRow,
  MemoryRow,
  MemoryStoreRow,
  MemoryVersionRow,
  ModelCardRow,
  ModelRow,
  SkillRow,
  SkillVersionRow,
  VaultRow,
  ApiKeyRow,
  SessionResourceRow,
  SessionRow,
} from './tables.js';
import { parseRuntime } from './domain/runtime-state.js';

/** A JSON answer (200 unless said otherwise). */
export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });

const parse = <T>(s: string | null): T => (s === null ? null : JSON.parse(s)) as T;

/** The agent, or one version's snapshot of it (that version's config and time). */
export function agentJson(row: AgentRow, snapshot?: AgentVersionRow): Record<string, unknown> {
  const version = snapshot?.version ?? row.version;
  const c = parse<AgentConfig>(snapshot?.config ?? row.config);
  return {
    type: 'agent',
    id: row.id,
    name: c.name,
    description: c.description,
    system: c.system,
    model: c.model,
    tools: c.tools,
    mcp_servers: c.mcp_servers,
    skills: c.skills,
    metadata: c.metadata,
    multiagent: resolveSelf(c.multiagent, row.id, version),
    execution_identity: c.execution_identity,
    version,
    created_at: row.created_at,
    updated_at: snapshot?.updated_at ?? row.updated_at,
    archived_at: row.archived_at,
  };
}

export function environmentJson(row: EnvironmentRow): Record<string, unknown> {
  return {
    type: 'environment',
    id: row.id,
    name: row.name,
    description: row.description,
    config: parse(row.config),
    metadata: parse(row.metadata),
    ...(row.scope ? { scope: row.scope } : {}),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

export function vaultJson(row: VaultRow): Record<string, unknown> {
  return {
    type: 'vault',
    id: row.id,
    display_name: row.display_name,
    metadata: parse(row.metadata),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

/** `auth` holds only the public half of the credential; `secrets` is never read here. */
export function credentialJson(row: CredentialRow): Record<string, unknown> {
  return {
    type: 'vault_credential',
    id: row.id,
    vault_id: row.vault_id,
    display_name: row.display_name,
    auth: parse(row.auth),
    metadata: parse(row.metadata),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

export function memoryStoreJson(row: MemoryStoreRow): Record<string, unknown> {
  return {
    type: 'memory_store',
    id: row.id,
    name: row.name,
    description: row.description,
    metadata: parse(row.metadata),
    ...(row.agent_id ? { agent_id: row.agent_id } : {}),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

export function memoryJson(row: MemoryRow, full: boolean): Record<string, unknown> {
  return {
    type: 'memory',
    id: row.id,
    memory_store_id: row.store_id,
    path: row.path,
    content: full ? row.content : null,
    content_sha256: row.content_sha256,
    content_size_bytes: row.content_size_bytes,
    memory_version_id: row.version_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function memoryVersionJson(row: MemoryVersionRow, full: boolean): Record<string, unknown> {
  return {
    type: 'memory_version',
    id: row.id,
    memory_id: row.memory_id,
    memory_store_id: row.store_id,
    operation: row.operation,
    path: row.path,
    content: full ? row.content : null,
    content_sha256: row.content_sha256,
    content_size_bytes: row.content_size_bytes,
    created_by: parse(row.created_by),
    redacted_at: row.redacted_at,
    redacted_by: parse(row.redacted_by),
    created_at: row.created_at,
  };
}

export function skillJson(row: SkillRow): Record<string, unknown> {
  return {
    type: 'skill',
    id: row.id,
    display_name: row.display_name,
    latest_version_id: row.latest_version_id,
    source: { type: row.source },
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function skillVersionJson(row: SkillVersionRow): Record<string, unknown> {
  return {
    type: 'skill_version',
    id: row.id,
    skill_id: row.skill_id,
    name: row.name,
    description: row.description,
    created_at: row.created_at,
  };
}

export function fileJson(row: FileRow): Record<string, unknown> {
  return {
    type: 'file',
    id: row.id,
    filename: row.filename,
    mime_type: row.mime_type,
    size_bytes: row.size_bytes,
    created_at: row.created_at,
    downloadable: row.downloadable === 1,
    expires_at: row.expires_at,
    scope: row.scope_id ? { type: 'session', id: row.scope_id } : null,
  };
}

export function modelJson(row: ModelRow): Record<string, unknown> {
  return parse<Record<string, unknown>>(row.body);
}

export function modelCardJson(row: ModelCardRow): Record<string, unknown> {
  return {
    id: row.id,
    model_id: row.model_id,
    model: row.model,
    provider: row.provider,
    api_key_preview: row.api_key.slice(-4),
    base_url: row.base_url,
    custom_headers: parse(row.custom_headers),
    is_default: row.is_default === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: null,
  };
}

export function apiKeyJson(row: ApiKeyRow): Record<string, unknown> {
  return { id: row.id, name: row.name, prefix: row.prefix, created_at: row.created_at, last_used_at: row.last_used_at };
}

// ---------------------------------------------------------------- sessions

const SNAPSHOT_FIELDS = [
  'type',
  'id',
  'version',
  'name',
  'description',
  'system',
  'model',
  'tools',
  'mcp_servers',
  'skills',
  'multiagent',
  'execution_identity',
] as const;

/** A thread's agent (the SDK's SessionThreadAgent) is the session's snapshot without the roster. */
const THREAD_AGENT_FIELDS = SNAPSHOT_FIELDS.filter((k) => k !== 'multiagent');

const pickFields = (agent: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((k) => [k, agent[k] ?? null]));

/** The session's agent as the wire shows it (the stored snapshot also keeps the agent's metadata). */
export function sessionAgentJson(agentJson: string): Record<string, unknown> {
  return pickFields(JSON.parse(agentJson) as Record<string, unknown>, SNAPSHOT_FIELDS);
}

/** An agent as a thread shows it: no roster, no metadata. */
export function threadAgentJson(agent: Record<string, unknown>): Record<string, unknown> {
  return pickFields(agent, THREAD_AGENT_FIELDS);
}

export function resourceJson(row: SessionResourceRow): Record<string, unknown> {
  return JSON.parse(row.body) as Record<string, unknown>;
}

const seconds = (ms: number): number => Math.round(ms) / 1000;

export function sessionJson(row: SessionRow, resources: SessionResourceRow[], nowMs: number): Record<string, unknown> {
  const runningSince = parseRuntime(row.runtime).runningSinceMs;
  const activeMs = row.active_ms + (row.status === 'running' && runningSince !== null ? nowMs - runningSince : 0);
  const endMs = row.terminated_at ? Date.parse(row.terminated_at) : nowMs;
  return {
    type: 'session',
    id: row.id,
    agent: sessionAgentJson(row.agent),
    environment_id: row.environment_id,
    title: row.title,
    metadata: JSON.parse(row.metadata),
    status: row.status,
    resources: resources.map(resourceJson),
    vault_ids: JSON.parse(row.vault_ids),
    usage: JSON.parse(row.usage),
    stats: { active_seconds: seconds(activeMs), duration_seconds: seconds(Math.max(0, endMs - row.created_ms)) },
    outcome_evaluations: [],
    budget: row.budget === null ? null : JSON.parse(row.budget),
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

/** Session rows → JSON as the SDK's BetaManagedAgentsSession and resource types have them. */
import type { SessionResourceRow, SessionRow } from './tables.js';
import { parseRuntime } from './domain/runtime-state.js';

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

/** The session's agent as the wire shows it (the stored snapshot also keeps the agent's metadata). */
export function sessionAgentJson(agentJson: string): Record<string, unknown> {
  const agent = JSON.parse(agentJson) as Record<string, unknown>;
  return Object.fromEntries(SNAPSHOT_FIELDS.map((k) => [k, agent[k] ?? null]));
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

/**
 * What a new session is made of, checked against the tenant's resources: the agent snapshot (an
 * id for its latest version, a pinned version, or a version with overrides), the environment, the
 * vaults and the resources (each must exist: 404). contracts/managed-agents.md §Sessions.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import { lookups } from '../routes/agents.js';
import * as agents from '../store/agents.js';
import { getEnvironment } from '../store/environments.js';
import { getFile } from '../store/files.js';
import { getStore } from '../store/memory.js';
import { getVault } from '../store/vaults.js';
import { agentJson } from '../wire.js';
import { type AgentConfig, buildAgentConfig } from './agent-config.js';
import { newId } from './ids.js';

type Json = Record<string, any>;

/** The agent the session runs, as `agentJson` shows it, with the overrides applied. */
export function agentSnapshot(db: Db, tenant: string, ref: unknown): Json {
  const r: Json = typeof ref === 'string' ? { id: ref } : ((ref ?? {}) as Json);
  const row = agents.getAgent(db, tenant, String(r.id));
  if (!row) throw errors.notFound('agent', String(r.id));
  if (row.archived_at) throw errors.invalidRequest(`agent ${JSON.stringify(row.id)} is archived`);
  let snapshot = agentJson(row);
  if (r.version !== undefined && r.version !== row.version) {
    const v = agents.getAgentVersion(db, row.id, r.version);
    if (!v) throw errors.notFound('agent version', `${row.id}@${r.version}`);
    snapshot = agentJson(row, v);
  }
  if (r.type !== 'agent_with_overrides') return snapshot;
  const { type: _t, id: _i, version: _v, ...overrides } = r;
  const base = snapshot as unknown as AgentConfig;
  return { ...snapshot, ...buildAgentConfig(overrides, base, lookups(db, tenant)) };
}

export function checkEnvironment(db: Db, tenant: string, id: string): void {
  const env = getEnvironment(db, tenant, id);
  if (!env) throw errors.notFound('environment', id, 'environment_not_found');
  if (env.archived_at)
    throw errors.invalidRequest(`environment ${JSON.stringify(id)} is archived`, 'environment_archived');
}

export function checkVaults(db: Db, tenant: string, ids: readonly string[]): void {
  for (const id of ids) if (!getVault(db, tenant, id)) throw errors.notFound('vault', id);
}

const repoName = (url: string): string =>
  url
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean)
    .pop() ?? 'repo';

/** A resource's wire shape (its `id` apart: a memory store has none on the wire). */
export function resourceBody(db: Db, tenant: string, p: Json, id: string, now: string): Json {
  switch (p.type) {
    case 'file': {
      if (!getFile(db, tenant, p.file_id)) throw errors.notFound('file', p.file_id);
      const mount = p.mount_path ?? `/mnt/session/uploads/${p.file_id}`;
      return { id, type: 'file', file_id: p.file_id, mount_path: mount, created_at: now, updated_at: now };
    }
    case 'github_repository':
      return {
        id,
        type: 'github_repository',
        url: p.url,
        mount_path: p.mount_path ?? `/workspace/${repoName(p.url)}`,
        ...(p.checkout ? { checkout: p.checkout } : {}),
        created_at: now,
        updated_at: now,
      };
    default: {
      const store = getStore(db, tenant, p.memory_store_id);
      if (!store) throw errors.notFound('memory store', p.memory_store_id);
      return {
        type: 'memory_store',
        memory_store_id: store.id,
        access: p.access ?? 'read_write',
        instructions: p.instructions ?? null,
        mount_path: `/mnt/memory/${store.name}`,
        name: store.name,
        description: store.description,
      };
    }
  }
}

export const newResourceId = (ids: IdSource): string => newId(ids, 'sessionResource');

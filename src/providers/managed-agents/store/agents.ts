/** Agents and their versions: one row per agent (its current config) and one per version. */
import type { Db } from '../../../engine/store.js';
import type { AgentConfig } from '../domain/agent-config.js';
import type { AgentRow, AgentVersionRow } from '../tables.js';
import { Where, newestFirst } from './where.js';

export function insertAgent(db: Db, o: { id: string; tenantId: string; config: AgentConfig; now: Date }): void {
  const iso = o.now.toISOString();
  const config = JSON.stringify(o.config);
  db.prepare(
    `INSERT INTO ma_agents (id, tenant_id, version, config, created_at, created_ms, updated_at)
      VALUES (?, ?, 1, ?, ?, ?, ?)`,
  ).run(o.id, o.tenantId, config, iso, o.now.getTime(), iso);
  db.prepare(
    'INSERT INTO ma_agent_versions (agent_id, tenant_id, version, config, updated_at) VALUES (?, ?, 1, ?, ?)',
  ).run(o.id, o.tenantId, config, iso);
}

export function getAgent(db: Db, tenantId: string, id: string): AgentRow | undefined {
  return db
    .prepare<[string, string], AgentRow>('SELECT rowid, * FROM ma_agents WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function getAgentVersion(db: Db, agentId: string, version: number): AgentVersionRow | undefined {
  return db
    .prepare<[string, number], AgentVersionRow>(
      'SELECT agent_id, version, config, updated_at FROM ma_agent_versions WHERE agent_id = ? AND version = ?',
    )
    .get(agentId, version);
}

/** Makes `config` the agent's next version. */
export function addAgentVersion(db: Db, agent: AgentRow, config: AgentConfig, now: Date): void {
  const iso = now.toISOString();
  const json = JSON.stringify(config);
  const version = agent.version + 1;
  db.prepare('UPDATE ma_agents SET version = ?, config = ?, updated_at = ? WHERE id = ?').run(
    version,
    json,
    iso,
    agent.id,
  );
  db.prepare(
    'INSERT INTO ma_agent_versions (agent_id, tenant_id, version, config, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(agent.id, agent.tenant_id, version, json, iso);
}

export function archiveAgent(db: Db, id: string, now: Date): void {
  db.prepare('UPDATE ma_agents SET archived_at = COALESCE(archived_at, ?) WHERE id = ?').run(now.toISOString(), id);
}

export function deleteAgent(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_agents WHERE id = ?').run(id);
}

/** Newest first; `limit + 1` rows so the caller can tell whether another page exists. */
export function listAgents(
  db: Db,
  tenantId: string,
  o: { includeArchived: boolean; gteMs?: number; lteMs?: number; limit: number; beforeRowid: number | null },
): AgentRow[] {
  const where = new Where('tenant_id = ?', tenantId)
    .optional('created_ms >= ?', o.gteMs)
    .optional('created_ms <= ?', o.lteMs)
    .optional('rowid < ?', o.beforeRowid);
  if (!o.includeArchived) where.add('archived_at IS NULL');
  return newestFirst<AgentRow>(db, 'ma_agents', where, o.limit);
}

/** Newest version first. */
export function listAgentVersions(
  db: Db,
  agentId: string,
  o: { limit: number; beforeVersion: number | null },
): AgentVersionRow[] {
  return db
    .prepare<[string, number, number], AgentVersionRow>(
      `SELECT agent_id, version, config, updated_at FROM ma_agent_versions WHERE agent_id = ? AND version < ?
        ORDER BY version DESC LIMIT ?`,
    )
    .all(agentId, o.beforeVersion ?? Number.MAX_SAFE_INTEGER, o.limit + 1);
}

/** By id alone, whatever the tenant: the control plane has no caller. */
export function getAgentAnyTenant(db: Db, id: string): AgentRow | undefined {
  return db.prepare<[string], AgentRow>('SELECT rowid, * FROM ma_agents WHERE id = ?').get(id);
}

/** Agents: create, read (any version), update with an optimistic version, list, archive, delete. */
import type { Db } from '../../../engine/store.js';
import { buildAgentConfig, sameConfig, type AgentConfig, type ConfigLookups } from '../domain/agent-config.js';
import { newId } from '../domain/ids.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryBool, queryInt, queryTime } from '../domain/query.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/agents.js';
import { findSkill, getSkillVersion } from '../store/skills.js';
import type { AgentRow } from '../tables.js';
import { agentJson, ok } from '../wire.js';

function mustAgent(db: Db, tenant: string, id: string): AgentRow {
  const row = store.getAgent(db, tenant, id);
  if (!row) throw errors.notFound('agent', id);
  return row;
}

export function lookups(db: Db, tenant: string): ConfigLookups {
  return {
    checkSkill(type, skillId, version) {
      const skill = findSkill(db, tenant, skillId);
      if (!skill || (skill.source === 'anthropic') !== (type === 'anthropic'))
        throw errors.notFound(`${type} skill`, skillId);
      if (version !== 'latest' && !getSkillVersion(db, skill.id, version))
        throw errors.notFound('skill version', `${skillId}@${version}`);
    },
    findAgent(id) {
      const a = store.getAgent(db, tenant, id);
      if (!a) return null;
      const config = JSON.parse(a.config) as AgentConfig;
      return {
        version: a.version,
        archived: a.archived_at !== null,
        hasMultiagent: config.multiagent !== null,
        hasVersion: (v) => v >= 1 && v <= a.version,
      };
    },
  };
}

function snapshot(ctx: ManagedAgentsContext, agentId: string, version: number | undefined) {
  const db = ctx.store.db;
  const row = mustAgent(db, ctx.caller.tenant, agentId);
  if (version === undefined || version === row.version) return ok(agentJson(row));
  const v = store.getAgentVersion(db, row.id, version);
  if (!v) throw errors.notFound('agent version', `${agentId}@${version}`);
  return ok(agentJson(row, v));
}

const updateAgent: ManagedAgentsHandler<'updateAgent'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustAgent(db, tenant, params.agent_id);
    if (row.archived_at) throw errors.archived('agent', row.id);
    if (body.version !== undefined && body.version !== row.version) {
      throw errors.conflict(
        `version mismatch: agent ${JSON.stringify(row.id)} is at version ${row.version}, ` +
          `the request names ${body.version}`,
      );
    }
    const current = JSON.parse(row.config) as AgentConfig;
    const next = buildAgentConfig(body, current, lookups(db, tenant));
    if (sameConfig(current, next)) return ok(agentJson(row));
    store.addAgentVersion(db, row, next, ctx.now);
    return ok(agentJson(mustAgent(db, tenant, row.id)));
  });
};

export const handlers = {
  createAgent: (ctx, { body }) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    const id = newId(ctx.ids, 'agent');
    const config = buildAgentConfig(body, null, lookups(db, tenant));
    ctx.store.tx(() => store.insertAgent(db, { id, tenantId: tenant, config, now: ctx.now }));
    return ok(agentJson(mustAgent(db, tenant, id)));
  },

  retrieveAgent: (ctx, { params, query }) =>
    snapshot(
      ctx,
      params.agent_id,
      query.version === undefined
        ? undefined
        : queryInt(query.version, 'version', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 }),
    ),

  retrieveAgentVersion: (ctx, { params }) =>
    snapshot(
      ctx,
      params.agent_id,
      queryInt(params.version, 'version', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 }),
    ),

  updateAgent,
  patchAgent: updateAgent,

  listAgents: (ctx, { query }) => {
    const page = pageRequest(query);
    const rows = store.listAgents(ctx.store.db, ctx.caller.tenant, {
      includeArchived: queryBool(query.include_archived) ?? queryBool(query.archived) ?? false,
      gteMs: queryTime(query['created_at[gte]'], 'created_at[gte]'),
      lteMs: queryTime(query['created_at[lte]'], 'created_at[lte]'),
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(
      toPage(
        rows,
        page.limit,
        (r) => ({ r: r.rowid }),
        (r) => agentJson(r),
      ),
    );
  },

  archiveAgent: (ctx, { params }) => {
    const db = ctx.store.db;
    const row = mustAgent(db, ctx.caller.tenant, params.agent_id);
    store.archiveAgent(db, row.id, ctx.now);
    return ok(agentJson(mustAgent(db, ctx.caller.tenant, row.id)));
  },

  deleteAgent: (ctx, { params }) => {
    const db = ctx.store.db;
    const row = mustAgent(db, ctx.caller.tenant, params.agent_id);
    store.deleteAgent(db, row.id);
    return ok({ type: 'agent_deleted', id: row.id });
  },

  listAgentVersions: (ctx, { params, query }) => {
    const db = ctx.store.db;
    const row = mustAgent(db, ctx.caller.tenant, params.agent_id);
    const page = pageRequest(query);
    const versions = store.listAgentVersions(db, row.id, {
      limit: page.limit,
      beforeVersion: positionNumber(page.after, 'v'),
    });
    return ok(
      toPage(
        versions,
        page.limit,
        (v) => ({ v: v.version }),
        (v) => agentJson(row, v),
      ),
    );
  },
} satisfies Partial<ManagedAgentsHandlers>;

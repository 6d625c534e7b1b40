/**
 * Managed Agents' control-plane operations (contracts/managed-agents.control.yaml): the scripts the
 * session runtime plays, set per agent or per session, the endpoints of session webhooks, and
 * every tenant's sessions and logs for the web UI. Errors are the control plane's own
 * (MailsimError), not Anthropic's envelope.
 */
import { MailsimError } from '../../../engine/errors.js';
import { type Script, checkScript, fixtureScript, fixtureScriptNames } from '../domain/script.js';
import type { ManagedAgentsControlHandler, ManagedAgentsControlHandlers } from '../auth.js';
import { getAgentAnyTenant } from '../store/agents.js';
import { eventsAfter } from '../store/session-events.js';
import * as store from '../store/sessions.js';
import type { Db } from '../../../engine/store.js';
import { newId } from '../domain/ids.js';
import { deleteWebhook, insertWebhook } from '../store/webhooks.js';

/** 32 base64 characters (24 bytes of key): a Standard Webhooks secret after `whsec_`. */
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const notFound = (what: string) => new MailsimError(404, 'NOT_FOUND', what, 'not_found');
const SESSIONS_SHOWN = 200;
const EVENTS_SHOWN = 1000;

/** What a script id names: an agent or a session (of any tenant). */
function targetOf(db: Db, id: string): { target: 'agent' | 'session'; tenant: string } {
  const agent = getAgentAnyTenant(db, id);
  if (agent) return { target: 'agent', tenant: agent.tenant_id };
  const session = store.getSessionById(db, id);
  if (session) return { target: 'session', tenant: session.tenant_id };
  throw notFound(`no agent or session ${JSON.stringify(id)}`);
}

const putManagedAgentsScript: ManagedAgentsControlHandler<'putManagedAgentsScript'> = (services, { params, body }) => {
  const db = services.store.db;
  const { target, tenant } = targetOf(db, params.target_id);
  let script: Script;
  if ('fixture' in body) {
    const found = fixtureScript(body.fixture);
    if (!found) throw new MailsimError(400, 'VALIDATION_ERROR', `no shipped script ${JSON.stringify(body.fixture)}`);
    script = found;
  } else {
    script = checkScript(body, 'script');
  }
  store.putScript(db, params.target_id, tenant, JSON.stringify(script), services.clock.now().toISOString());
  return { status: 200, body: { target_id: params.target_id, target, script } };
};

export const controlHandlers = {
  listManagedAgentsScriptFixtures: () => ({ status: 200, body: { fixtures: fixtureScriptNames() } }),

  getManagedAgentsScript: (services, { params }) => {
    const db = services.store.db;
    const { target } = targetOf(db, params.target_id);
    const script = store.getScript(db, params.target_id);
    if (!script) throw notFound(`no script is set for ${JSON.stringify(params.target_id)}`);
    return { status: 200, body: { target_id: params.target_id, target, script: JSON.parse(script) } };
  },

  putManagedAgentsScript,

  deleteManagedAgentsScript: (services, { params }) => {
    if (!store.deleteScript(services.store.db, params.target_id))
      throw notFound(`no script is set for ${JSON.stringify(params.target_id)}`);
    return { status: 204 };
  },

  createManagedAgentsWebhook: (services, { body }) => {
    const row = {
      id: newId(services.ids, 'webhook'),
      tenant_id: body.tenant ?? null,
      url: body.url,
      secret: `whsec_${services.ids.token(32, SECRET_ALPHABET)}`,
      event_types: JSON.stringify(body.event_types ?? []),
      created_at: services.clock.now().toISOString(),
    };
    insertWebhook(services.store.db, row);
    const { tenant_id, event_types, ...rest } = row;
    return { status: 200, body: { ...rest, tenant: tenant_id, event_types: JSON.parse(event_types) as string[] } };
  },

  deleteManagedAgentsWebhook: (services, { params }) => {
    if (!deleteWebhook(services.store.db, params.webhook_id, services.clock.now().toISOString()))
      throw notFound(`no webhook ${JSON.stringify(params.webhook_id)}`);
    return { status: 204 };
  },

  listManagedAgentsSessions: (services) => ({
    status: 200,
    body: {
      data: store.listAllSessions(services.store.db, SESSIONS_SHOWN).map((s) => ({
        id: s.id,
        tenant: s.tenant_id,
        agent_id: s.agent_id,
        agent_name: String((JSON.parse(s.agent) as { name?: string }).name ?? ''),
        status: s.status,
        title: s.title,
        events: s.events,
        created_at: s.created_at,
        updated_at: s.updated_at,
        archived_at: s.archived_at,
      })),
    },
  }),

  listManagedAgentsSessionEvents: (services, { params, query }) => {
    const db = services.store.db;
    if (!store.getSessionById(db, params.session_id)) throw notFound(`no session ${JSON.stringify(params.session_id)}`);
    const rows = eventsAfter(db, params.session_id, Number(query.after ?? 0)).slice(0, EVENTS_SHOWN);
    return { status: 200, body: { data: rows.map((r) => ({ seq: r.seq, event: JSON.parse(r.body) })) } };
  },
} satisfies ManagedAgentsControlHandlers;

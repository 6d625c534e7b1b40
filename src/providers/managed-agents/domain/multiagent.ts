/**
 * An agent's multiagent configuration (contracts/managed-agents.md §Agents): a `coordinator` roster
 * or a `multiagent_20261001` config, with agent references resolved to `{type:"agent", id, version}`.
 * The SDK documents the roster rules: 1–20 entries, distinct agents, at most one `self`, and every
 * referenced agent must exist, not be archived and not have a multiagent config itself.
 * `{type:"self"}` is kept as a marker and shown as the agent's own id and version on output.
 */
import { errors } from '../errors.js';

type Json = Record<string, any>;

export interface AgentLookup {
  /** A referenced agent's current version and state; null when the tenant has no such agent. */
  findAgent(
    id: string,
  ): { version: number; archived: boolean; hasMultiagent: boolean; hasVersion(v: number): boolean } | null;
}

const SELF = { type: 'self' };

function resolveAgent(entry: unknown, lookups: AgentLookup, seen: Set<string>): Json {
  const e: Json = typeof entry === 'string' ? { type: 'agent', id: entry } : (entry as Json);
  if (e?.type === 'self') {
    if (seen.has('self')) throw errors.invalidRequest('multiagent: at most one {"type":"self"} entry');
    seen.add('self');
    return SELF;
  }
  if (e?.type === 'advisor') {
    if (typeof e.model !== 'string' || !e.model)
      throw errors.invalidRequest('multiagent: an advisor entry needs a model');
    return { type: 'advisor', model: e.model };
  }
  if (e?.type !== 'agent' || typeof e.id !== 'string')
    throw errors.invalidRequest(
      'multiagent: each entry is an agent id, {type:"agent", id, version?}, {type:"self"} or {type:"advisor", model}',
    );
  if (seen.has(e.id)) throw errors.invalidRequest(`multiagent: agent ${JSON.stringify(e.id)} is listed more than once`);
  seen.add(e.id);
  const found = lookups.findAgent(e.id);
  if (!found) throw errors.notFound('agent', e.id);
  if (found.archived) throw errors.invalidRequest(`multiagent: agent ${JSON.stringify(e.id)} is archived`);
  if (found.hasMultiagent)
    throw errors.invalidRequest(`multiagent: agent ${JSON.stringify(e.id)} has a multiagent configuration itself`);
  const version = e.version == null ? found.version : Number(e.version);
  if (!found.hasVersion(version)) throw errors.notFound('agent version', `${e.id}@${version}`);
  return { type: 'agent', id: e.id, version };
}

function roster(entries: unknown, lookups: AgentLookup, o: { min: number; max: number; what: string }): Json[] {
  if (!Array.isArray(entries) || entries.length < o.min || entries.length > o.max) {
    throw errors.invalidRequest(`multiagent: ${o.what} takes ${o.min}-${o.max} entries`);
  }
  const seen = new Set<string>();
  return entries.map((e) => resolveAgent(e, lookups, seen));
}

function switchable(input: unknown, lookups: AgentLookup, what: string): Json {
  const v = (input ?? { type: 'disabled' }) as Json;
  if (v.type === 'disabled') return { type: 'disabled' };
  if (v.type !== 'enabled') throw errors.invalidRequest(`multiagent: ${what}.type must be "enabled" or "disabled"`);
  const inline = (v.inline_agents ?? { type: 'disabled' }) as Json;
  if (inline.type !== 'enabled' && inline.type !== 'disabled')
    throw errors.invalidRequest(`multiagent: ${what}.inline_agents.type must be "enabled" or "disabled"`);
  return {
    type: 'enabled',
    inline_agents: { type: inline.type },
    predefined_agents: roster(v.predefined_agents ?? [], lookups, {
      min: 0,
      max: 20,
      what: `${what}.predefined_agents`,
    }),
  };
}

export function normalizeMultiagent(input: Json, lookups: AgentLookup): Json {
  if (input.type === 'coordinator')
    return { type: 'coordinator', agents: roster(input.agents, lookups, { min: 1, max: 20, what: 'agents' }) };
  const advisor = (input.advisor ?? { type: 'disabled' }) as Json;
  if (advisor.type === 'enabled' && (typeof advisor.model !== 'string' || !advisor.model))
    throw errors.invalidRequest('multiagent: an enabled advisor needs a model');
  if (advisor.type !== 'enabled' && advisor.type !== 'disabled')
    throw errors.invalidRequest('multiagent: advisor.type must be "enabled" or "disabled"');
  return {
    type: 'multiagent_20261001',
    advisor: advisor.type === 'enabled' ? { type: 'enabled', model: advisor.model } : { type: 'disabled' },
    subagents: switchable(input.subagents, lookups, 'subagents'),
    workflows: switchable(input.workflows, lookups, 'workflows'),
  };
}

/** The stored config as sent for one version: `self` markers become this agent at this version. */
export function resolveSelf(multiagent: Json | null, id: string, version: number): Json | null {
  if (!multiagent) return null;
  const swap = (list: Json[]): Json[] => list.map((e) => (e.type === 'self' ? { type: 'agent', id, version } : e));
  if (multiagent.type === 'coordinator') return { ...multiagent, agents: swap(multiagent.agents as Json[]) };
  const fix = (s: Json): Json =>
    s.type === 'enabled' ? { ...s, predefined_agents: swap(s.predefined_agents as Json[]) } : s;
  return { ...multiagent, subagents: fix(multiagent.subagents as Json), workflows: fix(multiagent.workflows as Json) };
}

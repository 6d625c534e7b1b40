/**
 * Session threads (contracts/managed-agents.md §Threads): the primary thread is the session itself
 * (its id derived from the session's), child threads are rows a coordinator's delegation creates.
 * This module finds the agent a delegation names in the coordinator's roster, snapshots it, and
 * moves a child thread's status, writing the `session.thread_status_*` event that both the
 * thread's own log and the session-level log show.
 */
import * as agents from '../store/agents.js';
import type { SessionThreadRow } from '../tables.js';
import { agentJson, threadAgentJson } from '../wire.js';
import { type Place, type SessionWriter, emptyUsage } from './session-writer.js';

type Json = Record<string, any>;

/** The session-level log: the primary thread's own events. */
export const PRIMARY: Place = { threadId: null, onPrimary: true };

/** A child thread's event that the session-level log shows too (its creation and status changes). */
export const crossPosted = (threadId: string): Place => ({ threadId, onPrimary: true });

/** A child thread's own event. */
export const threadOnly = (threadId: string): Place => ({ threadId, onPrimary: false });

/** The primary thread's id: the session's, under the thread prefix (INVENTED, stable, no id drawn). */
export function primaryThreadId(sessionId: string): string {
  return `sthr_${sessionId.slice(sessionId.indexOf('_') + 1)}`;
}

/** The agent references of the coordinator's roster (`self` already resolved to the agent itself). */
function roster(multiagent: Json | null | undefined): { id: string; version: number }[] {
  if (!multiagent) return [];
  const entries: Json[] =
    multiagent.type === 'coordinator'
      ? multiagent.agents
      : multiagent.subagents?.type === 'enabled'
        ? multiagent.subagents.predefined_agents
        : [];
  return entries.filter((e) => e.type === 'agent').map((e) => ({ id: String(e.id), version: Number(e.version) }));
}

/** The roster agent a delegation names (id or name; the first when unnamed), or why there is none. */
export function rosterAgent(w: SessionWriter, ref: string | undefined): Json | string {
  const coordinator = JSON.parse(w.session.agent) as Json;
  const list = roster(coordinator.multiagent);
  if (!list.length) return "delegate: the session's agent has no multiagent roster to delegate to";
  const db = w.services.store.db;
  for (const entry of list) {
    const row = agents.getAgent(db, w.session.tenant_id, entry.id);
    if (!row) continue;
    const version = entry.version === row.version ? undefined : agents.getAgentVersion(db, row.id, entry.version);
    const agent = agentJson(row, version);
    if (ref === undefined || ref === agent.id || ref === agent.name) return threadAgentJson(agent);
  }
  return `delegate: no agent ${JSON.stringify(ref)} in the coordinator's roster`;
}

const STATUS_EVENTS = {
  running: 'session.thread_status_running',
  idle: 'session.thread_status_idle',
  rescheduling: 'session.thread_status_rescheduled',
  terminated: 'session.thread_status_terminated',
} as const;

/** Moves a child thread's status, counting its running time, and logs it on both views. */
export function setThreadStatus(
  w: SessionWriter,
  row: SessionThreadRow,
  status: SessionThreadRow['status'],
  fields: Record<string, unknown> = {},
): void {
  if (row.status === 'running' && status !== 'running' && row.running_since_ms !== null) {
    row.active_ms += w.nowMs - row.running_since_ms;
    row.running_since_ms = null;
  }
  if (status === 'running' && row.running_since_ms === null) row.running_since_ms = w.nowMs;
  if (status !== 'running' && row.usage === null) row.usage = JSON.stringify(emptyUsage());
  row.status = status;
  row.updated_at = w.now;
  const event = { session_thread_id: row.id, agent_name: row.agent_name, ...fields };
  w.emit(STATUS_EVENTS[status], event, undefined, crossPosted(row.id));
}

/** The idle event's fields when a thread's turn ends. */
export const END_TURN = { stop_reason: { type: 'end_turn' }, stop_details: null };

/**
 * Stops the child thread a delegation is playing, if any: idle (an interrupt) or terminated (the
 * session archived). The coordinator's turn forgets it.
 */
export function endRunningThread(w: SessionWriter, status: 'idle' | 'terminated'): void {
  const turn = w.state.turn;
  const running = turn?.thread;
  if (!turn || !running) return;
  const row = w.threadRow(running.id);
  if (row && row.status === 'running') setThreadStatus(w, row, status, status === 'idle' ? END_TURN : {});
  turn.thread = undefined;
}

/**
 * Session threads as the SDK's BetaManagedAgentsSessionThread (contracts/managed-agents.md §Threads).
 * The primary thread is the session seen as a thread: its status, its stats, and its usage less
 * what the child threads used. A child thread's stats and usage are its own.
 */
import { parseRuntime } from './runtime-state.js';
import type { Usage } from './session-writer.js';
import { threadAgentJson } from '../wire.js';
import { primaryThreadId } from './threads.js';
import type { SessionRow, SessionThreadRow } from '../tables.js';
import { sessionJson } from '../wire.js';

const seconds = (ms: number): number => Math.round(ms) / 1000;

function less(total: Usage, children: SessionThreadRow[]): Usage {
  const own = structuredClone(total);
  for (const c of children) {
    if (c.usage === null) continue;
    const u = JSON.parse(c.usage) as Usage;
    own.input_tokens -= u.input_tokens;
    own.output_tokens -= u.output_tokens;
    own.cache_read_input_tokens -= u.cache_read_input_tokens;
  }
  return own;
}

export function primaryThreadJson(session: SessionRow, children: SessionThreadRow[], nowMs: number) {
  const s = sessionJson(session, [], nowMs) as { stats: { active_seconds: number; duration_seconds: number } };
  // Null until the primary first ran, as the SDK documents for a thread's stats and usage.
  const ran = parseRuntime(session.runtime).turns > 0;
  const usage = less(JSON.parse(session.usage) as Usage, children);
  return {
    type: 'session_thread',
    id: primaryThreadId(session.id),
    session_id: session.id,
    parent_thread_id: null,
    agent: threadAgentJson(JSON.parse(session.agent)),
    status: session.status,
    stats: ran ? { ...s.stats, startup_seconds: 0 } : null,
    usage: ran ? { ...usage, active_seconds: s.stats.active_seconds } : null,
    workflow_run_id: null,
    created_at: session.created_at,
    updated_at: session.updated_at,
    archived_at: session.archived_at,
  };
}

export function childThreadJson(row: SessionThreadRow, nowMs: number) {
  const runningMs = row.status === 'running' && row.running_since_ms !== null ? nowMs - row.running_since_ms : 0;
  const active = seconds(row.active_ms + runningMs);
  // An archived thread's duration stops at its archiving (the SDK's doc comment).
  const endMs = row.archived_at ? Date.parse(row.archived_at) : nowMs;
  return {
    type: 'session_thread',
    id: row.id,
    session_id: row.session_id,
    parent_thread_id: row.parent_thread_id,
    agent: JSON.parse(row.agent),
    status: row.status,
    stats: {
      active_seconds: active,
      duration_seconds: seconds(Math.max(0, endMs - row.created_ms)),
      startup_seconds: 0,
    },
    usage: row.usage === null ? null : { ...JSON.parse(row.usage), active_seconds: active },
    workflow_run_id: null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

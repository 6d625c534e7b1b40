/**
 * Which script a session plays, first match wins: one set on the control plane for the session,
 * one set for its agent, then a shipped fixture named by `mailsim_script` in the session's or the
 * agent's metadata. None: every turn is one echo reply.
 */
import type { Db } from '../../../engine/store.js';
import { getScript } from '../store/sessions.js';
import type { SessionRow } from '../tables.js';
import { type Script, fixtureScript } from './script.js';

export const SCRIPT_METADATA_KEY = 'mailsim_script';

export function scriptFor(db: Db, session: SessionRow): Script | null {
  const stored = getScript(db, session.id) ?? getScript(db, session.agent_id);
  if (stored) return JSON.parse(stored) as Script;
  const sessionMeta = JSON.parse(session.metadata) as Record<string, string>;
  const agentMeta = (JSON.parse(session.agent) as { metadata?: Record<string, string> }).metadata ?? {};
  const name = sessionMeta[SCRIPT_METADATA_KEY] ?? agentMeta[SCRIPT_METADATA_KEY];
  return name ? fixtureScript(name) : null;
}

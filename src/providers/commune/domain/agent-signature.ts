/**
 * `Authorization: Agent {agentId}:{base64 Ed25519 signature}` with `X-Commune-Timestamp: <ms>`
 * (contracts/commune.md, Auth, `BearerAuth`). The signed text is `"{agentId}:{timestampMs}"` and nothing
 * else. Checks run in Commune's order: timestamp present, a number, within ±60 s of the ENGINE
 * clock; then the agent, the signature, and only then the replay nonce, so a forged request
 * cannot burn a legitimate agent's timestamps. An agent acts as the organisation's owner.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { EngineServices } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { TIMESTAMP_TOLERANCE_MS, activeAgent, claimNonce, touchAgent } from '../store/agents.js';
import { orgTier } from '../store/orgs.js';
import { verifyEd25519 } from './ed25519.js';

const signatureFailed = () => errors.coded(401, 'invalid_signature', 'Signature verification failed');

export function authenticateAgent(services: EngineServices, headers: IncomingHttpHeaders, now: Date): CommunePrincipal {
  const parts = String(headers.authorization).slice('Agent '.length).split(':');
  if (parts.length !== 2) {
    throw errors.coded(
      401,
      'invalid_authorization_format',
      'Expected: Authorization: Agent {agentId}:{base64_signature}',
    );
  }
  const [agentId, signature] = parts as [string, string];

  const tsHeader = headers['x-commune-timestamp'];
  if (!tsHeader || Array.isArray(tsHeader)) {
    throw errors.coded(400, 'missing_timestamp_header', 'X-Commune-Timestamp header required (Unix milliseconds)');
  }
  // parseInt, as on Commune: "1700000000000abc" counts as 1700000000000, and that is what was signed.
  const timestampMs = parseInt(tsHeader, 10);
  if (Number.isNaN(timestampMs)) {
    throw errors.coded(400, 'invalid_timestamp', 'X-Commune-Timestamp must be a Unix millisecond timestamp');
  }
  const nowMs = now.getTime();
  const drift = Math.abs(nowMs - timestampMs);
  if (drift > TIMESTAMP_TOLERANCE_MS) {
    throw errors.coded(
      401,
      'timestamp_out_of_range',
      `Timestamp drift of ${drift}ms exceeds ±60s. Check your system clock.`,
      { serverTime: nowMs },
    );
  }

  const db = services.store.db;
  const agent = activeAgent(db, agentId);
  if (!agent || !verifyEd25519(agent.public_key, `${agentId}:${timestampMs}`, signature)) throw signatureFailed();
  if (!services.store.tx(() => claimNonce(db, agent, timestampMs, nowMs))) throw signatureFailed();
  touchAgent(db, agent.id, now);

  const tier = orgTier(db, agent.org_id);
  return {
    tenant: agent.org_id,
    credentialId: agent.id,
    plan: tier,
    tier,
    via: 'agent',
    permissions: new Set(),
    agentId: agent.id,
    responseHeaders: { 'X-Commune-Server-Time': String(nowMs) },
  };
}

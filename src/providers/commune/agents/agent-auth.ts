/**
 * `Authorization: Agent {agentId}:{base64 Ed25519 signature}` with `X-Commune-Timestamp`.
 * Built by the agents module; until it is, agent credentials are refused as an unknown agent.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { EngineServices } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';

export function authenticateAgent(_services: EngineServices, _headers: IncomingHttpHeaders, _now: Date): CommunePrincipal {
  throw errors.coded(401, 'invalid_signature', 'Signature verification failed');
}

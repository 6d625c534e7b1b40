/**
 * Until a human owner claims it, an agent may read but not create inboxes, send mail or mint API
 * keys (shared/providers/commune.md §2.4). API keys pass: one can only exist once the org was
 * claimed or was made by a person.
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { activeAgent } from './agents-store.js';

export const OWNERSHIP_GATED_OPERATIONS = new Set(['createInbox', 'createDomainInbox', 'sendMessage', 'createApiKey']);

export function requireClaimedAgent(services: Pick<EngineServices, 'store'>, principal: CommunePrincipal, operationId: string): void {
  if (principal.via !== 'agent' || !OWNERSHIP_GATED_OPERATIONS.has(operationId)) return;
  if (!principal.agentId) throw errors.plain(401, 'Missing agent identity');
  const agent = activeAgent(services.store.db, principal.agentId);
  if (!agent) throw errors.plain(401, 'Agent not found');
  if (agent.ownership_status === 'claimed') return;
  throw errors.coded(403, 'ownership_required',
    "This agent must be claimed by an owner before performing this action. Call POST /v1/agent/claim-ownership with your owner's email.", {
      ownershipStatus: agent.ownership_status,
      claimEndpoint: 'POST /v1/agent/claim-ownership',
      docs: 'https://commune.email/agent-auth',
    });
}

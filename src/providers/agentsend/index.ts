/**
 * AgentSend (https://api.agentsend.io) as a mailsim provider: contract, handlers by operationId,
 * auth, error envelope, policies and seed. See contracts/agentsend.md for every deliberate
 * deviation from the real server.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderDefinition } from '../../engine/provider.js';
import { contractPath } from '../../paths.js';
import { authenticate, type AgentSendHandlers, type AgentSendPrincipal } from './auth.js';
import { renderError, renderOutcome } from './errors.js';
import { BODY_LIMITS, IDEMPOTENCY, RATE_LIMIT, WEBHOOK_POLICY, rejectEmptyJsonBody } from './policies.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { handlers as system } from './routes/system.js';
import { handlers as inboxes } from './routes/inboxes.js';
import { handlers as messages } from './routes/messages.js';
import { handlers as threads } from './routes/threads.js';
import { handlers as webhooks } from './routes/webhooks.js';
import { handlers as domains } from './routes/domains.js';
import { handlers as attachments } from './routes/attachments.js';
import { handlers as account } from './routes/account.js';
import { handlers as auth } from './routes/auth.js';
import { start, controlHandlers } from './lifecycle.js';

const here = dirname(fileURLToPath(import.meta.url));

const handlers: AgentSendHandlers = {
  ...system,
  ...inboxes,
  ...messages,
  ...threads,
  ...webhooks,
  ...domains,
  ...attachments,
  ...account,
  ...auth,
};

export const agentsend: ProviderDefinition<AgentSendPrincipal> = {
  name: 'agentsend',
  title: 'AgentSend',
  examplePath: '/inboxes',
  inboxesPath: '/inboxes',
  defaultPort: 3000,
  contractFile: contractPath('agentsend'),
  migrationsDir: join(here, 'migrations'),
  handlers,
  bodyLimits: BODY_LIMITS,
  rateLimit: RATE_LIMIT,
  idempotency: IDEMPOTENCY,
  webhookPolicy: WEBHOOK_POLICY,
  // The real server's auth hook runs before routing: an unknown route without a key is a 401.
  authBeforeRouting: true,
  beforeParse: rejectEmptyJsonBody,
  authenticate: (services, req) => authenticate(services, req.headers, req.now),
  renderOutcome,
  renderError,
  seed,
  tables: TABLES,
  start,
  control: { contractFile: contractPath('agentsend.control'), handlers: controlHandlers },
};

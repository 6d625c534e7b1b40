/**
 * AgentSend (https://api.agentsend.io) as a mailsim provider: contract, handlers by operationId,
 * auth, error envelope, policies and seed. See contracts/agentsend.md for every deliberate
 * deviation from the real server.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler, ProviderDefinition } from '../../engine/provider.js';
import { MailsimError } from '../../engine/errors.js';
import { isJsonType } from '../../engine/body.js';
import { contractPath } from '../../paths.js';
import { authenticate } from './auth.js';
import { renderError, renderOutcome } from './errors.js';
import { RATE_LIMIT, IDEMPOTENCY, BODY_LIMITS, WEBHOOK_POLICY } from './policies.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { handlers as health } from './routes/health.js';
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

const handlers: Record<string, Handler> = {
  ...health, ...inboxes, ...messages, ...threads, ...webhooks, ...domains, ...attachments, ...account, ...auth,
};

export const agentsend: ProviderDefinition = {
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
  // With --quirks: Fastify 5 rejects an empty body sent with Content-Type: application/json before
  // any route runs, which breaks the official SDK's deletes and domain verify in production
  // (contracts/agentsend.md §10.11).
  beforeParse: (services, req) => {
    if (services.config.quirks === true && req.bodyBytes.length === 0 && isJsonType(req.contentType)) {
      throw new MailsimError(500, 'INTERNAL_ERROR', 'Internal server error', 'internal');
    }
  },
  authenticate: (services, req) => authenticate(services, req.headers, req.now),
  renderOutcome,
  renderError,
  seed,
  tables: TABLES,
  start,
  control: { contractFile: contractPath('agentsend.control'), handlers: controlHandlers },
};

/**
 * Commune (https://api.commune.email) as a mailsim provider. See contracts/commune.md for every
 * deliberate deviation from the real server.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderDefinition } from '../../engine/provider.js';
import { contractPath } from '../../paths.js';
import { authenticate, authorize, type CommuneHandlers, type CommunePrincipal } from './auth.js';
import { renderError, renderOutcome } from './errors.js';
import { BODY_LIMITS, EXTRA_RATE_LIMITS, IDEMPOTENCY, WEBHOOK_POLICY } from './policies.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { start, controlHandlers } from './lifecycle.js';
import { handlers as agent } from './routes/agent.js';
import { handlers as auth } from './routes/auth.js';
import { handlers as account } from './routes/account.js';
import { handlers as data } from './routes/data.js';
import { handlers as domains } from './routes/domains.js';
import { handlers as inboxes } from './routes/inboxes.js';
import { handlers as threads } from './routes/threads.js';
import { handlers as messages } from './routes/messages.js';
import { handlers as search } from './routes/search.js';
import { handlers as attachments } from './routes/attachments.js';
import { handlers as delivery } from './routes/delivery.js';
import { handlers as webhooks } from './routes/webhooks.js';
import { handlers as dmarc } from './routes/dmarc.js';
import { handlers as events } from './routes/events.js';

const here = dirname(fileURLToPath(import.meta.url));

const handlers: CommuneHandlers = {
  ...agent,
  ...auth,
  ...account,
  ...data,
  ...domains,
  ...inboxes,
  ...threads,
  ...messages,
  ...search,
  ...attachments,
  ...delivery,
  ...webhooks,
  ...dmarc,
  ...events,
};

export const commune: ProviderDefinition<CommunePrincipal> = {
  name: 'commune',
  title: 'Commune',
  examplePath: '/v1/inboxes',
  inboxesPath: '/v1/inboxes',
  defaultPort: 3001,
  contractFile: contractPath('commune'),
  migrationsDir: join(here, 'migrations'),
  handlers,
  bodyLimits: BODY_LIMITS,
  extraRateLimits: EXTRA_RATE_LIMITS,
  idempotency: IDEMPOTENCY,
  webhookPolicy: WEBHOOK_POLICY,
  // Commune's auth middleware runs before Express routing: an unknown path without a key is a 401.
  authBeforeRouting: true,
  authenticate,
  authorize,
  renderOutcome,
  renderError,
  seed,
  tables: TABLES,
  start,
  control: { contractFile: contractPath('commune.control'), handlers: controlHandlers },
};

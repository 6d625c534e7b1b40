/**
 * Gent (https://api.gent.mx) as a mailsim provider. contracts/gent.md lists every decision and every
 * invented shape with its source.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderDefinition } from '../../engine/provider.js';
import { contractPath } from '../../paths.js';
import { authenticate, authorize, type GentHandlers, type GentPrincipal } from './auth.js';
import { newRequestId } from './domain/ids.js';
import { renderError, renderOutcome } from './errors.js';
import { BODY_LIMITS, IDEMPOTENCY, PUBLIC_RATE_LIMIT, RATE_LIMIT, WEBHOOK_POLICY } from './policies.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { start, controlHandlers } from './lifecycle.js';
import { handlers as account } from './routes/account.js';
import { handlers as reference } from './routes/reference.js';
import { handlers as domains } from './routes/domains.js';
import { handlers as inboxes } from './routes/inboxes.js';
import { handlers as tokens } from './routes/tokens.js';
import { handlers as messages } from './routes/messages.js';
import { handlers as threads } from './routes/threads.js';
import { handlers as approvals } from './routes/approvals.js';
import { handlers as billing } from './routes/billing.js';
import { handlers as contacts } from './routes/contacts.js';
import { handlers as files } from './routes/files.js';
import { handlers as tasks } from './routes/tasks.js';
import { handlers as intelligence } from './routes/intelligence.js';
import { handlers as automation } from './routes/automation.js';

const here = dirname(fileURLToPath(import.meta.url));

const handlers: GentHandlers = {
  ...account,
  ...reference,
  ...domains,
  ...inboxes,
  ...tokens,
  ...messages,
  ...threads,
  ...approvals,
  ...billing,
  ...contacts,
  ...files,
  ...tasks,
  ...intelligence,
  ...automation,
};

export const gent: ProviderDefinition<GentPrincipal> = {
  name: 'gent',
  title: 'Gent',
  examplePath: '/v1/messages/',
  inboxesPath: '/v1/inboxes/',
  defaultPort: 3002,
  contractFile: contractPath('gent'),
  // Gent's paths end with a slash, and `/v1/messages` is not `/v1/messages/` (contracts/gent.md §Conventions).
  routing: { exactPaths: true },
  migrationsDir: join(here, 'migrations'),
  handlers,
  bodyLimits: BODY_LIMITS,
  rateLimit: RATE_LIMIT,
  extraRateLimits: [PUBLIC_RATE_LIMIT],
  idempotency: IDEMPOTENCY,
  webhookPolicy: WEBHOOK_POLICY,
  // An unknown path is a 404 whatever the credentials, so a missing trailing slash is named.
  authBeforeRouting: false,
  authenticate,
  authorize,
  renderOutcome,
  renderError,
  requestId: newRequestId,
  responseHeaders: (req) => ({ 'X-Request-Id': req.requestId }),
  seed,
  tables: TABLES,
  // Routes marked for user auth refuse the dev agent token; the UI's curl logs in first.
  needsSession: (op) => op.extensions['x-gent-auth'] === 'session',
  start,
  control: { contractFile: contractPath('gent.control'), handlers: controlHandlers },
};

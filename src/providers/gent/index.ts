/**
 * Gent (https://api.gent.mx) as a mailsim provider. contracts/gent.md lists every decision and every
 * invented shape with its source.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler, ProviderDefinition } from '../../engine/provider.js';
import { authenticate } from './auth.js';
import { routingContractFile } from './contract-document.js';
import { renderError } from './errors.js';
import { BODY_LIMITS, IDEMPOTENCY, PUBLIC_RATE_LIMIT, RATE_LIMIT, WEBHOOK_POLICY } from './policies.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { start, controlRoutes } from './lifecycle.js';
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
import { handlers as activity } from './routes/activity.js';
import { handlers as workflows } from './routes/workflows.js';
import { handlers as alerts } from './routes/alerts.js';

const here = dirname(fileURLToPath(import.meta.url));

const handlers: Record<string, Handler> = {
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
  ...activity,
  ...workflows,
  ...alerts,
};

export const gent: ProviderDefinition = {
  name: 'gent',
  title: 'Gent',
  examplePath: '/v1/messages/',
  defaultPort: 3002,
  // The engine routes on a copy without trailing slashes; see contract-document.ts.
  contractFile: routingContractFile(),
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
  renderError,
  seed,
  tables: TABLES,
  start,
  controlRoutes,
};

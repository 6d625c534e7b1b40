/**
 * Managed Agents (openma, wire-compatible with Anthropic's Managed Agents beta) as a mailsim
 * provider. See contracts/managed-agents.md for every decision and deviation.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderDefinition } from '../../engine/provider.js';
import { contractPath } from '../../paths.js';
import { authenticate, authorize, type ManagedAgentsHandlers, type ManagedAgentsPrincipal } from './auth.js';
import { renderError, renderOutcome, requestId, responseHeaders } from './errors.js';
import { BODY_LIMITS, RATE_LIMIT } from './policies.js';
import { PROVIDER_NAME } from './domain/settings.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { controlHandlers, start } from './lifecycle.js';
import { handlers as agents } from './routes/agents.js';
import { handlers as environments } from './routes/environments.js';
import { handlers as vaults } from './routes/vaults.js';
import { handlers as memory } from './routes/memory.js';
import { handlers as skills } from './routes/skills.js';
import { handlers as files } from './routes/files.js';
import { handlers as models } from './routes/models.js';
import { handlers as keys } from './routes/keys.js';
import { handlers as health } from './routes/health.js';
import { handlers as sessions } from './routes/sessions.js';
import { handlers as sessionEvents } from './routes/session-events.js';
import { handlers as sessionResources } from './routes/session-resources.js';
import { handlers as sessionThreads } from './routes/session-threads.js';

const here = dirname(fileURLToPath(import.meta.url));

const handlers: ManagedAgentsHandlers = {
  ...agents,
  ...environments,
  ...vaults,
  ...memory,
  ...skills,
  ...files,
  ...models,
  ...keys,
  ...health,
  ...sessions,
  ...sessionEvents,
  ...sessionResources,
  ...sessionThreads,
};

export const managedAgents: ProviderDefinition<ManagedAgentsPrincipal> = {
  name: PROVIDER_NAME,
  title: 'Managed Agents',
  examplePath: '/v1/agents',
  defaultPort: 3003,
  contractFile: contractPath(PROVIDER_NAME),
  migrationsDir: join(here, 'migrations'),
  handlers,
  bodyLimits: BODY_LIMITS,
  // A skill upload names its files by relative path (`my-skill/SKILL.md`).
  uploadPaths: true,
  rateLimit: RATE_LIMIT,
  // openma's auth middleware runs before routing: an unknown /v1 route without a key is a 401.
  authBeforeRouting: true,
  authenticate,
  authorize,
  requestId,
  responseHeaders,
  renderOutcome,
  renderError,
  seed,
  tables: TABLES,
  start,
  control: { contractFile: contractPath('managed-agents.control'), handlers: controlHandlers },
};

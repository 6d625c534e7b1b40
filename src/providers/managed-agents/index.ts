/**
 * Managed Agents (openma, wire-compatible with Anthropic's Managed Agents beta) as a mailsim
 * provider. See contracts/managed-agents.md for every decision and deviation.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler, ProviderDefinition } from '../../engine/provider.js';
import { contractPath } from '../../paths.js';
import { authenticate } from './auth.js';
import { renderError } from './errors.js';
import { BODY_LIMITS, RATE_LIMIT } from './policies.js';
import { PROVIDER_NAME } from './settings.js';
import { seed } from './seed.js';
import { TABLES } from './tables.js';
import { start, controlRoutes } from './lifecycle.js';
import { handlers as agents } from './routes/agents.js';
import { handlers as environments } from './routes/environments.js';
import { handlers as vaults } from './routes/vaults.js';
import { handlers as memoryStores } from './routes/memory-stores.js';
import { handlers as memories } from './routes/memories.js';
import { handlers as skills } from './routes/skills.js';
import { handlers as files } from './routes/files.js';
import { handlers as models } from './routes/models.js';
import { handlers as keys } from './routes/keys.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every successful answer carries `request-id` (errors get theirs in renderError). */
function withRequestId(handler: Handler): Handler {
  return async (ctx, input) => {
    const result = await handler(ctx, input);
    return { ...result, headers: { 'request-id': ctx.requestId, ...result.headers } };
  };
}

const handlers: Record<string, Handler> = Object.fromEntries(
  Object.entries({
    ...agents,
    ...environments,
    ...vaults,
    ...memoryStores,
    ...memories,
    ...skills,
    ...files,
    ...models,
    ...keys,
  }).map(([id, h]) => [id, withRequestId(h)]),
);

export const managedAgents: ProviderDefinition = {
  name: PROVIDER_NAME,
  title: 'Managed Agents',
  examplePath: '/v1/agents',
  defaultPort: 3003,
  contractFile: contractPath(PROVIDER_NAME),
  migrationsDir: join(here, 'migrations'),
  handlers,
  bodyLimits: BODY_LIMITS,
  rateLimit: RATE_LIMIT,
  // openma's auth middleware runs before routing: an unknown /v1 route without a key is a 401.
  authBeforeRouting: true,
  authenticate,
  renderError,
  seed,
  tables: TABLES,
  start,
  controlRoutes,
};

/**
 * Managed Agents traffic policies as data: the rate limit, body limits, and which `anthropic-beta`
 * value each route family needs in strict-header mode (contracts/managed-agents.md §Headers).
 */
import type { RateLimitPolicy } from '../../engine/ratelimit.js';
import { errors } from './errors.js';

/**
 * One limiter per tenant, 600 requests a minute (a choice: Anthropic publishes per-organisation
 * limits by tier, openma has none). Headers follow Anthropic's `anthropic-ratelimit-requests-*`,
 * reset as an RFC 3339 time; a 429 carries `retry-after` in seconds. An injected 429 gets the same
 * headers (the engine uses this formatter for it).
 */
export const RATE_LIMIT: RateLimitPolicy = {
  enabled: true,
  default: { max: 600, windowMs: 60_000 },
  headers: {
    limit: 'anthropic-ratelimit-requests-limit',
    remaining: 'anthropic-ratelimit-requests-remaining',
    reset: 'anthropic-ratelimit-requests-reset',
    retryAfter: 'retry-after',
  },
  omitHeadersOn: [401],
  formatHeaders: (s) => ({
    'anthropic-ratelimit-requests-limit': String(s.limit),
    'anthropic-ratelimit-requests-remaining': String(s.remaining),
    'anthropic-ratelimit-requests-reset': new Date(s.nowMs + s.resetSeconds * 1000).toISOString(),
    ...(s.limited ? { 'retry-after': String(Math.max(1, s.resetSeconds)) } : {}),
  }),
};

/** JSON bodies up to 32 MB (Anthropic's request limit); uploads up to 100 MB (files allow 500 MB). */
export const BODY_LIMITS = { json: 32 * 1024 * 1024, multipart: 100 * 1024 * 1024 };

export const MANAGED_AGENTS_BETA = 'managed-agents-2026-04-01';
export const MEMORY_BETA = 'agent-memory-2026-07-22';

/** Route families that need a beta value (any one of the listed), in strict mode. */
const BETA_RULES: { prefix: string; anyOf: string[] }[] = [
  { prefix: '/v1/memory_stores', anyOf: [MEMORY_BETA, MANAGED_AGENTS_BETA] },
  { prefix: '/v1/agents', anyOf: [MANAGED_AGENTS_BETA] },
  { prefix: '/v1/environments', anyOf: [MANAGED_AGENTS_BETA] },
  { prefix: '/v1/vaults', anyOf: [MANAGED_AGENTS_BETA] },
];

export function requiredBetas(path: string): string[] | null {
  return BETA_RULES.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`))?.anyOf ?? null;
}

/** `anthropic-version` values strict mode accepts: the documented one and the SDK 1.12.0 default. */
export const KNOWN_VERSIONS = ['2023-01-01', '2023-06-01', '2026-10-21'];

/** The beta names SDK 1.12.0 knows (its AnthropicBeta type); strict mode rejects others. */
export const KNOWN_BETAS: ReadonlySet<string> = new Set([
  'computer-use-2024-10-22',
  'computer-use-2025-01-24',
  'output-128k-2025-02-19',
  'mcp-client-2025-04-04',
  'mcp-client-2025-11-20',
  'dev-full-thinking-2025-05-14',
  'interleaved-thinking-2025-05-14',
  'code-execution-2025-05-22',
  'context-1m-2025-08-07',
  'context-management-2025-06-27',
  'model-context-window-exceeded-2025-08-26',
  'fast-mode-2026-02-01',
  'output-300k-2026-03-24',
  'user-profiles-2026-03-24',
  'user-profiles-2026-08-18',
  'user-profiles-2026-09-04',
  'advisor-tool-2026-03-01',
  'managed-agents-2026-04-01',
  'dreaming-2026-04-21',
  'thinking-token-count-2026-05-13',
  'server-side-fallback-2026-06-01',
  'server-side-fallback-2026-07-01',
  'fallback-credit-2026-06-01',
  'fallback-credit-2026-07-01',
  'agent-memory-2026-07-22',
  'mid-conversation-tool-changes-2026-07-01',
  'compact-2026-01-12',
  'computer-use-2025-11-24',
  'mcp-tunnels-2026-06-22',
  'structured-outputs-2025-11-13',
  'task-budgets-2026-03-13',
  'thinking-display-updates-2026-08-18',
  'mid-conversation-output-config-2026-07-01',
  'thinking-binding-controls-2026-08-01',
  'mid-conversation-system-clear-at-2026-08-21',
  'compact-2026-09-04',
  'inline-tools-2026-09-15',
  'mcp-client-2026-09-15',
  'ce-plugins-2026-09-01',
  'spend-limit-reads-2026-09-26',
  'telemetry-destinations-2026-08-11',
  'webhooks-2026-10-07',
  'admin-user-sign-out-2026-10-08',
  'message-threads-2026-08-12',
  'analytics-usage-cost-2026-08-24',
  'experimental-claude-tag-2026-10-21',
  'message-batches-2024-09-24',
  'prompt-caching-2024-07-31',
  'pdfs-2024-09-25',
  'token-counting-2024-11-01',
  'token-efficient-tools-2025-02-19',
  'files-api-2025-04-14',
  'extended-cache-ttl-2025-04-11',
  'skills-2025-10-02',
  'cache-diagnosis-2026-04-07',
  'ce-user-management-2026-07-13',
  'ce-claude-code-managed-settings-2026-10-06',
  'user-profiles-billing-2026-10-01',
]);

/** Strict mode's answers, worded as Anthropic's are (contracts/managed-agents.md §Headers). */
export const headerErrors = {
  versionRequired: () => errors.invalidRequest('anthropic-version: header is required'),
  versionUnknown: (v: string) =>
    errors.invalidRequest(`anthropic-version: ${JSON.stringify(v)} is not a valid version`),
  betaUnknown: (values: string[]) =>
    errors.invalidRequest(
      `Unexpected value(s) ${values.map((v) => `\`${v}\``).join(', ')} for the \`anthropic-beta\` header. ` +
        'Please consult our documentation at docs.anthropic.com or try again without the header.',
    ),
  betaRequired: (anyOf: string[]) =>
    errors.invalidRequest(
      `This endpoint requires the \`anthropic-beta\` header with ${anyOf.map((b) => `\`${b}\``).join(' or ')}.`,
    ),
};

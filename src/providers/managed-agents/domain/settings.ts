/**
 * Managed Agents settings from mailsim's config: `providerSettings["managed-agents"]` in
 * mailsim.config.json (or the `providerSettings` start option, or msw's `settings`).
 */
import type { EngineServices } from '../../../engine/provider.js';

export interface ManagedAgentsSettings {
  /**
   * Reject a missing or unknown `anthropic-version` and a missing, wrong or unknown
   * `anthropic-beta` header as production does (default false: any headers are accepted).
   */
  strictHeaders?: boolean;
  /** Accept any non-empty key as the seeded tenant's, e.g. a real ANTHROPIC_API_KEY (default false). */
  acceptAnyKey?: boolean;
  /** Whether uploaded files can be downloaded (default true; false answers 400 file_not_downloadable). */
  uploadsDownloadable?: boolean;
  /** Bytes of file storage per tenant before uploads fail with storage_quota_exceeded (default 100 GB). */
  storageQuotaBytes?: number;
  /** What `mcp_oauth_validate` reports for a credential whose token has not expired (default "unknown"). */
  mcpOAuthValidation?: 'valid' | 'invalid' | 'unknown';
  /** Milliseconds between `event: ping` frames on a session's event stream (default 15000). */
  streamPingMs?: number;
}

export const PROVIDER_NAME = 'managed-agents';

/** This provider's settings block, as the engine hands it over (empty when none was given). */
export function settingsOf(services: Pick<EngineServices, 'settings'>): ManagedAgentsSettings {
  return services.settings as ManagedAgentsSettings;
}

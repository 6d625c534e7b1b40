/**
 * Commune's mail settings from mailsim's config: `providerSettings.commune` in mailsim.config.json
 * (or the `providerSettings` start option).
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { Extractor } from './extraction/types.js';

export interface CommuneMailSettings {
  /** Name of the shared default domain (default: commune.email). */
  sharedDomain?: string;
  /** Module path whose default (or `extract`) export replaces the local extractor. */
  extractor?: string | Extractor;
  /** Outcome of POST /v1/domains/:id/verify: "verified" (default), "pending" or "failed". */
  domainVerification?: 'verified' | 'pending' | 'failed';
  /** Interval of the `: heartbeat` comment on /v1/events/stream (default 30 000 ms). */
  streamHeartbeatMs?: number;
}

export function communeSettings(services: Pick<EngineServices, 'config'>): CommuneMailSettings {
  const all = services.config as Record<string, unknown>;
  const mine = all.commune;
  return mine && typeof mine === 'object' ? (mine as CommuneMailSettings) : {};
}

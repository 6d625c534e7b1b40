/**
 * The tier caps the handlers and authorization enforce themselves (absolute inbox and custom-domain
 * counts, attachment storage, the per-inbox daily send cap), read from policies.ts's TIER_LIMITS so
 * there is one table of Commune's tiers.
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import { tierLimits } from '../policies.js';
import { saveSendWindow, sendWindow } from '../store/account.js';
import { countOrgInboxes } from '../store/inboxes.js';

const DAY = 24 * 3600_000;

export interface TierCaps {
  /** null: unlimited. */
  maxInboxes: number | null;
  maxCustomDomains: number | null;
  storageMb: number | null;
}

const MB = 1024 * 1024;
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

export function capsOf(tier: string): TierCaps {
  const l = tierLimits(tier);
  return {
    maxInboxes: finite(l.maxInboxes),
    maxCustomDomains: finite(l.maxCustomDomains),
    storageMb: finite(l.attachmentStorageBytes / MB),
  };
}

export const bytesToMb = (bytes: number): number => Math.round(bytes / MB);
export const MB_BYTES = MB;

export const UPGRADE_URL = '/dashboard/billing';

/** Operations that create an inbox, and so meet the tier's inbox cap. */
export const INBOX_CREATING_OPERATIONS: ReadonlySet<string> = new Set(['createInbox', 'createDomainInbox']);

/**
 * The tier's inbox cap. Commune checks it before its inbox-creation rate limiter, so a refused
 * create does not use up the day's quota: auth.ts's authorize calls this, and it runs before the limiters.
 */
export function enforceInboxCap(db: Db, orgId: string, tier: string): void {
  const cap = capsOf(tier).maxInboxes;
  if (cap === null) return;
  const count = countOrgInboxes(db, orgId);
  if (count >= cap) {
    throw errors.context(403, `Inbox limit reached (${count}/${cap}). Upgrade your plan to create more inboxes.`, {
      current_count: count,
      limit: cap,
      current_tier: tier,
      upgrade_url: UPGRADE_URL,
    });
  }
}

/**
 * The per-inbox daily send cap (a Redis INCR on Commune: a fixed 24 h window from the inbox's
 * first counted send). Counts this send and throws Commune's 429 once the tier's cap is passed.
 * Call from the send handler after validation and outside the send's transaction, so a refused
 * attempt stays counted as Commune's INCR does. Enterprise is capped too.
 */
export function countInboxDailySend(
  services: Pick<EngineServices, 'store' | 'clock'>,
  o: { orgId: string; tier: string; inboxId: string; nowMs?: number },
): void {
  const db = services.store.db;
  const nowMs = o.nowMs ?? services.clock.nowMs();
  const limit = tierLimits(o.tier).emailsPerInboxPerDay;
  const row = sendWindow(db, o.orgId, o.inboxId);
  const fresh = !row || nowMs >= row.window_start_ms + DAY || nowMs < row.window_start_ms;
  const count = fresh ? 1 : row!.count + 1;
  services.store.tx(() =>
    saveSendWindow(db, o.orgId, o.inboxId, {
      window_start_ms: fresh ? nowMs : row!.window_start_ms,
      count,
    }),
  );
  if (count > limit) {
    throw errors.context(429, 'Inbox daily send limit exceeded', {
      inbox_id: o.inboxId,
      current_count: count,
      daily_limit: limit,
      tier: o.tier,
    });
  }
}

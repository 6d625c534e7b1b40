/**
 * The tier caps the mail handlers enforce themselves (absolute inbox and custom-domain counts,
 * attachment storage), read from policies.ts's TIER_LIMITS so there is one table of Commune's tiers.
 */
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import { tierLimits } from '../policies.js';
import { countOrgInboxes } from '../store/inboxes.js';

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
  return { maxInboxes: finite(l.maxInboxes), maxCustomDomains: finite(l.maxCustomDomains), storageMb: finite(l.attachmentStorageBytes / MB) };
}

export const bytesToMb = (bytes: number): number => Math.round(bytes / MB);
export const MB_BYTES = MB;

export const UPGRADE_URL = '/dashboard/billing';

/** Operations that create an inbox, and so meet the tier's inbox cap. */
export const INBOX_CREATING_OPERATIONS: ReadonlySet<string> = new Set(['createInbox', 'createDomainInbox']);

/**
 * The tier's inbox cap. Commune checks it before its inbox-creation rate limiter, so a refused
 * create does not use up the day's quota: auth.ts calls this, and auth runs before the limiters.
 */
export function enforceInboxCap(db: Db, orgId: string, tier: string): void {
  const cap = capsOf(tier).maxInboxes;
  if (cap === null) return;
  const count = countOrgInboxes(db, orgId);
  if (count >= cap) {
    throw errors.context(403, `Inbox limit reached (${count}/${cap}). Upgrade your plan to create more inboxes.`, {
      current_count: count, limit: cap, current_tier: tier, upgrade_url: UPGRADE_URL,
    });
  }
}

/**
 * The tier caps the mail handlers enforce themselves (absolute inbox and custom-domain counts,
 * attachment storage), read from policies.ts's TIER_LIMITS so there is one table of Commune's tiers.
 */
import { tierLimits } from '../policies.js';

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

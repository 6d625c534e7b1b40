/**
 * What may still use a resource when a delete is asked for. openma refuses to delete an
 * environment that active sessions run in (409): a session that is not terminated holds it.
 * Each check answers a reason, or null.
 */
import type { Db } from '../../../engine/store.js';
import { liveSessionCount } from '../store/sessions.js';

export type ReferenceCheck = (db: Db, tenantId: string, id: string) => string | null;

export const ENVIRONMENT_REFERENCES: ReferenceCheck[] = [
  (db, _tenant, id) => {
    const n = liveSessionCount(db, id);
    return n ? `${n} session(s) that are not terminated run in it` : null;
  },
];

export function firstReference(checks: readonly ReferenceCheck[], db: Db, tenantId: string, id: string): string | null {
  for (const check of checks) {
    const reason = check(db, tenantId, id);
    if (reason) return reason;
  }
  return null;
}

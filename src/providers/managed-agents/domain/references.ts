/**
 * What may still use a resource when a delete is asked for. openma refuses to delete an
 * environment that active sessions run in (409); sessions arrive with the next issue, which adds
 * its check to ENVIRONMENT_REFERENCES. Each check answers a reason, or null.
 */
import type { Db } from '../../../engine/store.js';

export type ReferenceCheck = (db: Db, tenantId: string, id: string) => string | null;

export const ENVIRONMENT_REFERENCES: ReferenceCheck[] = [];

export function firstReference(checks: readonly ReferenceCheck[], db: Db, tenantId: string, id: string): string | null {
  for (const check of checks) {
    const reason = check(db, tenantId, id);
    if (reason) return reason;
  }
  return null;
}

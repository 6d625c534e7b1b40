/** cm_suppressions: recipients an inbox (or domain, or the organisation) no longer sends to. */
import type { Db } from '../../../engine/store.js';
import type { SuppressionRow } from '../tables.js';

/** One entry per (address, inbox): a later bounce or complaint replaces the earlier one. */
export function replaceSuppression(db: Db, s: Omit<SuppressionRow, 'seq' | 'source'>): void {
  db.prepare('DELETE FROM cm_suppressions WHERE org_id = ? AND email = ? AND inbox_id IS ?').run(
    s.org_id,
    s.email,
    s.inbox_id,
  );
  db.prepare(`INSERT INTO cm_suppressions (id, org_id, email, reason, type, source, inbox_id, domain_id, message_id,
    created_at, expires_at, metadata) VALUES (?, ?, ?, ?, ?, 'inbox', ?, ?, ?, ?, ?, ?)`).run(
    s.id,
    s.org_id,
    s.email,
    s.reason,
    s.type,
    s.inbox_id,
    s.domain_id,
    s.message_id,
    s.created_at,
    s.expires_at,
    s.metadata,
  );
}

/** Whether an unexpired suppression of `email` applies to mail from this inbox (or domain). */
export function suppressed(
  db: Db,
  o: {
    orgId: string;
    email: string;
    nowIso: string;
    inboxId: string | null;
    domainId: string | null;
  },
): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM cm_suppressions WHERE org_id = ? AND email = ? AND (expires_at IS NULL
      OR expires_at > ?)
      AND (source = 'global' OR inbox_id IS ? OR (source = 'domain' AND domain_id IS ?)) LIMIT 1`)
      .get(o.orgId, o.email, o.nowIso, o.inboxId, o.domainId) !== undefined
  );
}

/** The unexpired suppressions of one inbox or domain, newest first. */
export function listSuppressions(
  db: Db,
  o: {
    orgId: string;
    column: 'inbox_id' | 'domain_id';
    value: string;
    nowIso: string;
    limit: number;
  },
): SuppressionRow[] {
  return db
    .prepare<[string, string, string, number], SuppressionRow>(`SELECT * FROM cm_suppressions WHERE org_id = ?
      AND ${o.column} = ?
      AND (expires_at IS NULL OR expires_at > ?) ORDER BY seq DESC LIMIT ?`)
    .all(o.orgId, o.value, o.nowIso, o.limit);
}

/** The suppressions one message caused, oldest first. */
export function messageSuppressions(db: Db, orgId: string, messageId: string): SuppressionRow[] {
  return db
    .prepare<[string, string], SuppressionRow>(`SELECT * FROM cm_suppressions WHERE org_id = ? AND message_id = ?
      ORDER BY seq`)
    .all(orgId, messageId);
}

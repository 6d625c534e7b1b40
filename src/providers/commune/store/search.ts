/**
 * Keyword search over an organisation's emails with SQLite FTS5 (subject, sender and body; kept
 * current by triggers on cm_messages). Hits are grouped per thread; a thread's score is
 * x / (1 + x) with x = −bm25() of its best message, in (0, 1), higher is better.
 * mailsim reports this honestly as search_type "keyword": no embeddings, no regex fallback.
 */
import type { Db } from '../../../engine/store.js';
import type { MessageRow } from '../tables.js';

export interface SearchFilter {
  orgId: string;
  inboxId?: string;
  domainId?: string;
}

/** Words of the query as FTS5 prefix terms joined by OR (natural-language queries rarely match every word). */
export function ftsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 32);
  return unique.length ? unique.map((w) => `"${w}"*`).join(' OR ') : null;
}

export function searchThreads(db: Db, q: string, f: SearchFilter, limit: number): Record<string, unknown>[] {
  const match = ftsQuery(q);
  if (!match) return [];
  const where = ['m.org_id = ?'];
  const args: unknown[] = [f.orgId];
  if (f.inboxId) {
    where.push('m.inbox_id = ?');
    args.push(f.inboxId);
  }
  if (f.domainId) {
    where.push('m.domain_id = ?');
    args.push(f.domainId);
  }
  const rows = db
    .prepare<unknown[], MessageRow & { x: number }>(`SELECT m.*, -bm25(cm_messages_fts) AS x
    FROM cm_messages_fts JOIN cm_messages m ON m.seq = cm_messages_fts.rowid
    WHERE cm_messages_fts MATCH ? AND ${where.join(' AND ')}`)
    .all(match, ...args);
  const byThread = new Map<string, { best: number; count: number; newest: MessageRow }>();
  for (const r of rows) {
    const g = byThread.get(r.thread_id);
    const newer = (a: MessageRow, b: MessageRow) =>
      a.created_at > b.created_at || (a.created_at === b.created_at && a.seq > b.seq);
    if (!g) byThread.set(r.thread_id, { best: r.x, count: 1, newest: r });
    else {
      g.best = Math.max(g.best, r.x);
      g.count++;
      if (newer(r, g.newest)) g.newest = r;
    }
  }
  const hits = [...byThread.entries()].map(([threadId, g]) => {
    const x = Math.max(g.best, Number.EPSILON);
    return {
      thread_id: threadId,
      subject: g.newest.subject,
      last_message_at: g.newest.created_at,
      message_count: g.count,
      snippet: g.newest.content.slice(0, 200),
      last_direction: g.newest.direction,
      inbox_id: g.newest.inbox_id,
      domain_id: g.newest.domain_id,
      score: Math.min(x / (1 + x), 1 - Number.EPSILON),
    };
  });
  hits.sort(
    (a, b) =>
      b.score - a.score || (a.last_message_at < b.last_message_at ? 1 : a.last_message_at > b.last_message_at ? -1 : 0),
  );
  return hits.slice(0, limit);
}

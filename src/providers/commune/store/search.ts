/**
 * Keyword search over an organisation's emails with SQLite FTS5 (subject, sender and body; kept
 * current by triggers on cm_messages). Hits are grouped per thread; a thread's score is
 * x / (1 + x) with x = −bm25() of its best message, in (0, 1), higher is better.
 * mailsim reports this honestly as search_type "keyword": no embeddings, no regex fallback.
 */
import type { Db } from '../../../engine/store.js';
import type { MessageRow } from '../tables.js';

/** What ranking and grouping read of each hit. */
type Hit = Pick<MessageRow, 'seq' | 'thread_id' | 'created_at'> & { x: number };

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
  // Every hit is ranked, but only the columns the ranking and grouping need are read, from the
  // covering index of migrations/0006_search_hit_keys.sql (reading m.* for every hit cost most of a
  // search at 1M stored messages, 1 000 hits); the rows of the threads on the page are fetched
  // afterwards. The hits and their bm25 scores come from the FTS index first, in rowid order, and
  // are joined after: ranked inside the join, the lookups lost their order (about 1 ms of 10).
  const rows = db
    .prepare<unknown[], Hit>(`WITH hits AS MATERIALIZED (
      SELECT rowid AS seq, -bm25(cm_messages_fts) AS x FROM cm_messages_fts WHERE cm_messages_fts MATCH ?)
    SELECT m.seq, m.thread_id, m.created_at, hits.x
    FROM hits JOIN cm_messages m INDEXED BY cm_messages_search_hits ON m.seq = hits.seq
    WHERE ${where.join(' AND ')}`)
    .all(match, ...args);
  const byThread = new Map<string, { best: number; count: number; newest: Hit }>();
  for (const r of rows) {
    const g = byThread.get(r.thread_id);
    const newer = (a: Hit, b: Hit) => a.created_at > b.created_at || (a.created_at === b.created_at && a.seq > b.seq);
    if (!g) byThread.set(r.thread_id, { best: r.x, count: 1, newest: r });
    else {
      g.best = Math.max(g.best, r.x);
      g.count++;
      if (newer(r, g.newest)) g.newest = r;
    }
  }
  const ranked = [...byThread.entries()].map(([threadId, g]) => {
    const x = Math.max(g.best, Number.EPSILON);
    return { threadId, g, score: Math.min(x / (1 + x), 1 - Number.EPSILON) };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.g.newest.created_at < b.g.newest.created_at ? 1 : a.g.newest.created_at > b.g.newest.created_at ? -1 : 0),
  );
  const bySeq = db.prepare<[number], MessageRow>('SELECT * FROM cm_messages WHERE seq = ?');
  return ranked.slice(0, limit).map(({ threadId, g, score }) => {
    const newest = bySeq.get(g.newest.seq)!;
    return {
      thread_id: threadId,
      subject: newest.subject,
      last_message_at: newest.created_at,
      message_count: g.count,
      snippet: newest.content.slice(0, 200),
      last_direction: newest.direction,
      inbox_id: newest.inbox_id,
      domain_id: newest.domain_id,
      score,
    };
  });
}

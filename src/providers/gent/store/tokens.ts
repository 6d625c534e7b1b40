/** SQL for agent tokens (only their SHA-256 hashes are stored). */
import type { Db } from '../../../engine/store.js';
import type { TokenRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { pageOf } from './pages.js';

export function insertToken(db: Db, t: Omit<TokenRow, 'seq' | 'last_used_at' | 'rotated_at' | 'revoked_at'>): TokenRow {
  db.prepare(`INSERT INTO gt_tokens (id, org_id, inbox_id, label, token_hash, token_prefix, scopes,
    requires_approval, created_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    t.id,
    t.org_id,
    t.inbox_id,
    t.label,
    t.token_hash,
    t.token_prefix,
    t.scopes,
    t.requires_approval,
    t.created_at,
    nextSeq(db),
  );
  return getToken(db, t.org_id, t.id)!;
}

export function findTokenByHash(db: Db, hash: string): TokenRow | undefined {
  return db.prepare<unknown[], TokenRow>('SELECT * FROM gt_tokens WHERE token_hash = ?').get(hash);
}

export function getToken(db: Db, orgId: string, id: string): TokenRow | undefined {
  return db.prepare<unknown[], TokenRow>('SELECT * FROM gt_tokens WHERE id = ? AND org_id = ?').get(id, orgId);
}

export function listTokens(
  db: Db,
  orgId: string,
  inboxId: string | null,
  limit: number,
  position: number,
): { rows: TokenRow[]; total: number } {
  const where = inboxId ? 'org_id = ? AND inbox_id = ?' : 'org_id = ?';
  const args = inboxId ? [orgId, inboxId] : [orgId];
  return pageOf<TokenRow>(db, 'gt_tokens', { where, args, order: 'seq DESC', limit, position });
}

export function revokeToken(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE gt_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(nowIso, id);
}

export function revokeInboxTokens(db: Db, inboxId: string, nowIso: string): void {
  db.prepare('UPDATE gt_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE inbox_id = ?').run(nowIso, inboxId);
}

export function replaceTokenSecret(db: Db, id: string, hash: string, prefix: string, nowIso: string): void {
  db.prepare('UPDATE gt_tokens SET token_hash = ?, token_prefix = ?, rotated_at = ? WHERE id = ?').run(
    hash,
    prefix,
    nowIso,
    id,
  );
}

export function touchToken(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE gt_tokens SET last_used_at = ? WHERE id = ?').run(nowIso, id);
}

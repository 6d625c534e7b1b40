/** The account's odds and ends: feedback (cm_feedback) and the SMS/voice credit balance (cm_credit_balances). */
import type { Db } from '../../../engine/store.js';

export interface CreditBalance {
  balance: number;
  lifetime_credits: number;
  lifetime_used: number;
}

export function insertFeedback(
  db: Db,
  f: {
    id: string;
    orgId: string;
    agentId: string | null;
    type: string;
    message: string;
    context: string | null;
    createdAt: string;
  },
): void {
  db.prepare(`INSERT INTO cm_feedback (id, org_id, agent_id, type, message, context, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(f.id, f.orgId, f.agentId, f.type, f.message, f.context, f.createdAt);
}

export function creditBalance(db: Db, orgId: string): CreditBalance | undefined {
  return db
    .prepare<[string], CreditBalance>(`SELECT balance, lifetime_credits, lifetime_used FROM cm_credit_balances
      WHERE org_id = ?`)
    .get(orgId);
}

export function setCreditBalance(db: Db, orgId: string, c: CreditBalance): void {
  db.prepare(`INSERT INTO cm_credit_balances (org_id, balance, lifetime_credits, lifetime_used) VALUES (?, ?, ?, ?)
    ON CONFLICT (org_id) DO UPDATE SET balance = excluded.balance, lifetime_credits = excluded.lifetime_credits,
      lifetime_used = excluded.lifetime_used`).run(orgId, c.balance, c.lifetime_credits, c.lifetime_used);
}

export interface SendWindow {
  window_start_ms: number;
  count: number;
}

/** The inbox's per-day send window (cm_inbox_send_windows). */
export function sendWindow(db: Db, orgId: string, inboxId: string): SendWindow | undefined {
  return db
    .prepare<[string, string], SendWindow>(`SELECT window_start_ms, count FROM cm_inbox_send_windows
      WHERE org_id = ? AND inbox_id = ?`)
    .get(orgId, inboxId);
}

export function saveSendWindow(db: Db, orgId: string, inboxId: string, w: SendWindow): void {
  db.prepare(`INSERT INTO cm_inbox_send_windows (org_id, inbox_id, window_start_ms, count) VALUES (?, ?, ?, ?)
    ON CONFLICT (org_id, inbox_id) DO UPDATE SET window_start_ms = excluded.window_start_ms,
      count = excluded.count`).run(orgId, inboxId, w.window_start_ms, w.count);
}

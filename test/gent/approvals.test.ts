/**
 * Held actions: a send by a token whose `requires_approval` lists email:send waits; approving runs
 * the original send exactly once, however the approve is retried or raced and whether or not the
 * original send is replayed; rejecting drops it; after 24 h on the engine clock it has expired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advance,
  expectNoViolations,
  GENT_DEV_INBOX_ID,
  makeToken,
  settle,
  startGent,
  type Api,
  type Gent,
} from './helpers.js';

let g: Gent;
let session: Api;
let held: Api;
let heldToken: string;

beforeAll(async () => {
  g = await startGent();
  session = g.as((await g.login()).access);
  heldToken = await makeToken(session, {
    inbox_id: GENT_DEV_INBOX_ID,
    label: 'approval-worker',
    scopes: ['email:send', 'email:read', 'approvals:read'],
    requires_approval: ['email:send'],
  });
  held = g.as(heldToken);
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

let subjects = 0;
/** A held send to a fresh subject; returns the approval id and the subject. */
async function hold(key?: string): Promise<{ approvalId: string; subject: string; body: Record<string, unknown> }> {
  const subject = `held ${++subjects}`;
  const body = { to: [{ email: 'reviewer@example.com', name: 'Reviewer' }], subject, text_body: `body of ${subject}` };
  const res = await held('POST', '/v1/messages/', body, key ? { 'Idempotency-Key': key } : {});
  expect(res.status).toBe(202);
  return { approvalId: res.body.approval_id, subject, body };
}

/** Outbound messages with this subject, and copies of it the mail plane carried. */
async function sentCopies(subject: string): Promise<{ stored: number; mailed: number }> {
  await settle(g);
  const list = await session('GET', `/v1/messages/?inbox_id=${GENT_DEV_INBOX_ID}&direction=outbound&limit=200`);
  const stored = (list.body.results as any[]).filter((m) => m.subject === subject);
  const mail = await fetch(`${g.base}/_mailsim/mail?limit=500`).then((r) => r.json() as Promise<{ data: any[] }>);
  return { stored: stored.length, mailed: mail.data.filter((m) => m.subject === subject).length };
}

describe('a held send', () => {
  it("waits, lists in Gent's shapes (array keyed approval_id, detail keyed action_id), sends nothing", async () => {
    const { approvalId, subject } = await hold();
    const list = await session('GET', '/v1/approvals/?status=pending');
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body.find((a: any) => a.approval_id === approvalId)).toEqual({
      approval_id: approvalId,
      inbox_id: GENT_DEV_INBOX_ID,
      action_type: 'email:send',
      token_label: 'approval-worker',
      summary: `Send "${subject}" to reviewer@example.com`,
      status: 'pending',
      queued_at: expect.any(String),
      expires_at: expect.any(String),
    });
    const detail = await held('GET', `/v1/approvals/${approvalId}/`);
    expect(detail.body).toMatchObject({ action_id: approvalId, status: 'pending', result: null, resolved_at: null });
    expect(detail.body).not.toHaveProperty('approval_id');
    expect(Date.parse(detail.body.expires_at) - Date.parse(detail.body.queued_at)).toBe(24 * 3600_000);
    // The inbox owner gets a pending agenda task for it.
    const agenda = await session('GET', `/v1/agenda/?inbox_id=${GENT_DEV_INBOX_ID}`);
    expect(agenda.body.results.some((t: any) => t.source?.id === approvalId && t.pending)).toBe(true);
    expect(await sentCopies(subject)).toEqual({ stored: 0, mailed: 0 });
  });

  it('approve runs the original send once; a retried approve is a 400 and sends nothing more', async () => {
    const { approvalId, subject } = await hold();
    expect((await session('POST', `/v1/approvals/${approvalId}/approve/`, {})).status).toBe(204);
    const retry = await session('POST', `/v1/approvals/${approvalId}/approve/`, {});
    expect(retry.status).toBe(400);
    expect(retry.body.code).toBe('approval_already_processed');
    expect(await sentCopies(subject)).toEqual({ stored: 1, mailed: 1 });
    const detail = await session('GET', `/v1/approvals/${approvalId}/`);
    expect(detail.body.status).toBe('approved');
    const sent = await session('GET', `/v1/messages/${detail.body.result.message_id}/`);
    expect(sent.body).toMatchObject({
      subject,
      to: [{ email: 'reviewer@example.com', name: 'Reviewer' }],
      text_body: `body of ${subject}`,
      status: 'sent',
    });
  });

  it('20 approves in parallel: one 204, nineteen 400s, one message', async () => {
    const { approvalId, subject } = await hold();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => session('POST', `/v1/approvals/${approvalId}/approve/`, {})),
    );
    expect(answers.filter((a) => a.status === 204)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 400 && a.body.code === 'approval_already_processed')).toHaveLength(19);
    expect(await sentCopies(subject)).toEqual({ stored: 1, mailed: 1 });
  });

  it('20 parallel approves under one key, then replays of approve and of the send: still one message', async () => {
    const { approvalId, subject, body } = await hold('original-send-key');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        session('POST', `/v1/approvals/${approvalId}/approve/`, {}, { 'Idempotency-Key': 'approve-key' }),
      ),
    );
    expect(
      answers.every((a) => a.status === 204 || (a.status === 409 && a.body.code === 'idempotency_key_in_progress')),
    ).toBe(true);
    expect(answers.filter((a) => a.status === 204).length).toBeGreaterThanOrEqual(1);
    const replay = await session(
      'POST',
      `/v1/approvals/${approvalId}/approve/`,
      {},
      { 'Idempotency-Key': 'approve-key' },
    );
    expect(replay.status).toBe(204);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    // The agent retries its original send with its key: the stored 202, the same approval, no new one.
    const resend = await held('POST', '/v1/messages/', body, { 'Idempotency-Key': 'original-send-key' });
    expect(resend.status).toBe(202);
    expect(resend.body.approval_id).toBe(approvalId);
    expect(resend.headers.get('idempotent-replayed')).toBe('true');
    const pending = await session('GET', '/v1/approvals/?status=pending');
    expect(pending.body.filter((a: any) => a.summary.includes(subject))).toEqual([]);
    expect(await sentCopies(subject)).toEqual({ stored: 1, mailed: 1 });
  });

  it('reject drops it: nothing is sent and it cannot be approved afterwards', async () => {
    const { approvalId, subject } = await hold();
    // The worker itself lacks approvals:write.
    expect((await held('POST', `/v1/approvals/${approvalId}/reject/`, {})).status).toBe(403);
    expect((await session('POST', `/v1/approvals/${approvalId}/reject/`, { inbox_id: GENT_DEV_INBOX_ID })).status).toBe(
      204,
    );
    const approve = await session('POST', `/v1/approvals/${approvalId}/approve/`, {});
    expect(approve.status).toBe(400);
    expect(approve.body.code).toBe('approval_already_processed');
    expect((await session('GET', `/v1/approvals/${approvalId}/`)).body.status).toBe('rejected');
    expect(await sentCopies(subject)).toEqual({ stored: 0, mailed: 0 });
  });

  it("404 for another inbox's action, and for an inbox_id that is not the action's", async () => {
    const { approvalId } = await hold();
    const other = await session('POST', '/v1/inboxes/', { address: 'approvals-other@gent.mailsim.test' });
    const otherToken = await makeToken(session, {
      inbox_id: other.body.inbox_id,
      scopes: ['approvals:read', 'approvals:write'],
    });
    expect((await g.as(otherToken)('GET', `/v1/approvals/${approvalId}/`)).status).toBe(404);
    expect((await g.as(otherToken)('POST', `/v1/approvals/${approvalId}/approve/`, {})).status).toBe(404);
    expect(
      (await session('POST', `/v1/approvals/${approvalId}/approve/`, { inbox_id: other.body.inbox_id })).status,
    ).toBe(404);
  });

  it('expires 24 h after it was queued, on the engine clock: approve is a 400 and nothing is sent', async () => {
    const { approvalId, subject } = await hold();
    await advance(g, '23h');
    // Session access tokens live 15 minutes: a day later the reviewer logs in again.
    expect((await session('GET', `/v1/approvals/${approvalId}/`)).status).toBe(401);
    session = g.as((await g.login()).access);
    expect((await session('GET', `/v1/approvals/${approvalId}/`)).body.status).toBe('pending');
    await advance(g, '2h');
    session = g.as((await g.login()).access);
    const approve = await session('POST', `/v1/approvals/${approvalId}/approve/`, {});
    expect(approve.status).toBe(400);
    expect(approve.body.code).toBe('approval_expired');
    const expired = await session('GET', '/v1/approvals/?status=expired');
    expect(expired.body.map((a: any) => a.approval_id)).toContain(approvalId);
    // The expiry job recorded it and closed the agenda task.
    const agenda = await session('GET', `/v1/agenda/?inbox_id=${GENT_DEV_INBOX_ID}&limit=200`);
    expect(agenda.body.results.some((t: any) => t.source?.id === approvalId)).toBe(false);
    expect(await sentCopies(subject)).toEqual({ stored: 0, mailed: 0 });
  });
});

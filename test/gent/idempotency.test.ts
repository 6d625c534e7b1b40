/**
 * Idempotency-Key on every side-effecting POST and PATCH Gent marks `x-gent-idempotent`: the same key
 * and request replays the first answer with no second side effect, another request under the key is
 * a 409, a key still in flight is a 409, and 429s and 5xx answers are not kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/engine/idempotency.js';
import { expectNoViolations, GENT_DEV_INBOX_ID, startGent, type Api, type Gent } from './helpers.js';

let g: Gent;
let session: Api;
beforeAll(async () => {
  g = await startGent();
  session = g.as((await g.login()).access);
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

/** A request for every operation marked x-gent-idempotent, and a different request under the same key. */
interface Case {
  client: () => Api;
  method: string;
  path: () => string;
  body: () => unknown;
  other: () => unknown;
}

describe('Idempotency-Key on every side-effecting call', () => {
  const made: Record<string, string> = {};
  // FormData picks a new boundary for every request: a retry is the same upload all the same.
  const form = (text: string): FormData => {
    const f = new FormData();
    f.append('file', new Blob([text], { type: 'text/plain' }), `${text}.txt`);
    return f;
  };
  const agent = (): Api => g.agent;
  const user = (): Api => session;
  const cases: Record<string, Case> = {
    createDomain: {
      client: user,
      method: 'POST',
      path: () => '/v1/domains/',
      body: () => ({ domain: 'idem.example.com' }),
      other: () => ({ domain: 'idem2.example.com' }),
    },
    verifyDomain: {
      client: user,
      method: 'POST',
      path: () => '/v1/domains/idem.example.com/verify/',
      body: () => undefined,
      other: () => ({}),
    },
    createInbox: {
      client: user,
      method: 'POST',
      path: () => '/v1/inboxes/',
      body: () => ({ address: 'idem@idem.example.com' }),
      other: () => ({ address: 'idem2@idem.example.com' }),
    },
    updateInbox: {
      client: user,
      method: 'PATCH',
      path: () => `/v1/inboxes/${made.createInbox}/`,
      // A new webhook_url shows its signing secret once (never contacted: no mail reaches this inbox).
      body: () => ({ display_name: 'a', webhook_url: 'http://127.0.0.1:9/idem' }),
      other: () => ({ display_name: 'b' }),
    },
    createToken: {
      client: user,
      method: 'POST',
      path: () => '/v1/tokens/',
      body: () => ({ inbox_id: GENT_DEV_INBOX_ID, label: 'idem', scopes: ['email:read'] }),
      other: () => ({ inbox_id: GENT_DEV_INBOX_ID, label: 'idem2', scopes: ['email:read'] }),
    },
    rotateToken: {
      client: user,
      method: 'POST',
      path: () => `/v1/tokens/${made.createToken}/rotate/`,
      body: () => undefined,
      other: () => ({}),
    },
    sendMessage: {
      client: agent,
      method: 'POST',
      path: () => '/v1/messages/',
      body: () => ({ to: [{ email: 'idem@example.com' }], text_body: 'once' }),
      other: () => ({ to: [{ email: 'idem@example.com' }], text_body: 'twice' }),
    },
    uploadBlob: {
      client: agent,
      method: 'POST',
      path: () => '/v1/blobs/',
      body: () => form('a'),
      other: () => form('b'),
    },
    createThreadNote: {
      client: agent,
      method: 'POST',
      path: () => '/v1/messages/threads/thr_01JDEVGENT0000000000000001/notes/',
      body: () => ({ body: 'n1' }),
      other: () => ({ body: 'n2' }),
    },
    assignThread: {
      client: agent,
      method: 'POST',
      path: () => '/v1/messages/threads/thr_01JDEVGENT0000000000000001/assign/',
      body: () => ({ to_inbox_id: made.createInbox }),
      other: () => ({ to_inbox_id: GENT_DEV_INBOX_ID }),
    },
    approveAction: {
      client: user,
      method: 'POST',
      path: () => `/v1/approvals/${made.approve}/approve/`,
      body: () => ({}),
      other: () => ({ inbox_id: GENT_DEV_INBOX_ID }),
    },
    rejectAction: {
      client: user,
      method: 'POST',
      path: () => `/v1/approvals/${made.reject}/reject/`,
      body: () => ({}),
      other: () => ({ inbox_id: GENT_DEV_INBOX_ID }),
    },
    createContact: {
      client: agent,
      method: 'POST',
      path: () => '/v1/contacts/',
      body: () => ({ full_name: 'Idem' }),
      other: () => ({ full_name: 'Idem 2' }),
    },
    createFile: {
      client: agent,
      method: 'POST',
      path: () => '/v1/files/',
      body: () => ({ name: 'idem', file_type: 'spreadsheet' }),
      other: () => ({ name: 'idem2', file_type: 'spreadsheet' }),
    },
    appendFileRows: {
      client: agent,
      method: 'POST',
      path: () => `/v1/files/${made.createFile}/rows/`,
      body: () => ({ rows: [{ a: 1 }] }),
      other: () => ({ rows: [{ a: 2 }] }),
    },
    createFileLink: {
      client: agent,
      method: 'POST',
      path: () => `/v1/files/${made.createFile}/link/`,
      body: () => undefined,
      other: () => ({}),
    },
    createTask: {
      client: agent,
      method: 'POST',
      path: () => '/v1/tasks/',
      body: () => ({ title: 'idem' }),
      other: () => ({ title: 'idem2' }),
    },
    updateTask: {
      client: agent,
      method: 'PATCH',
      path: () => `/v1/tasks/${made.createTask}/`,
      body: () => ({ status: 'done' }),
      other: () => ({ status: 'open' }),
    },
    createWorkflowRule: {
      client: agent,
      method: 'POST',
      path: () => '/v1/workflows/',
      body: () => rule('a'),
      other: () => rule('b'),
    },
    updateWorkflowRule: {
      client: agent,
      method: 'PATCH',
      path: () => `/v1/workflows/${made.createWorkflowRule}/`,
      body: () => ({ enabled: false }),
      other: () => ({ enabled: true }),
    },
    createWorkRoute: {
      client: agent,
      method: 'POST',
      path: () => '/v1/work-routes/',
      body: () => ({ name: 'a', request_type: 'approval', recipients: [{ email: 'r@example.com' }] }),
      other: () => ({ name: 'b', request_type: 'approval', recipients: [{ email: 'r@example.com' }] }),
    },
    createAlert: {
      client: agent,
      method: 'POST',
      path: () => '/v1/alerts/',
      body: () => alert('a'),
      other: () => alert('b'),
    },
    updateAlert: {
      client: agent,
      method: 'PATCH',
      path: () => `/v1/alerts/${made.createAlert}/`,
      body: () => ({ retries: 1 }),
      other: () => ({ retries: 2 }),
    },
  };
  const rule = (name: string) => ({ name, trigger: 'email_received', writes: [{ target: { type: 'task' } }] });
  const alert = (target: string) => ({
    inbox_id: GENT_DEV_INBOX_ID,
    events: ['message.sent'],
    delivery: { type: 'task', target },
  });
  /** The field of each answer that shows a secret once (IDEMPOTENCY.secrets in providers/gent/policies.ts). */
  const SHOWN_ONCE: Record<string, string> = {
    createToken: 'token',
    rotateToken: 'token',
    createAlert: 'secret',
    createWorkflowRule: 'secret',
    updateInbox: 'webhook_secret',
  };
  const storedAnswers = (): unknown[] => g.server.engine.store.db.prepare('SELECT * FROM idempotency_keys').all();
  const idOf = (body: any): string | undefined =>
    body?.inbox_id && body?.address
      ? body.inbox_id
      : (body?.token_id ?? body?.file_id ?? body?.task_id ?? body?.rule_id ?? body?.id ?? body?.domain);

  it('covers every operation the contract marks x-gent-idempotent', async () => {
    const doc = (await g.as(null)('GET', '/v1/reference/api/')).body;
    const marked = Object.values(doc.paths as Record<string, Record<string, any>>)
      .flatMap((item) => Object.values(item))
      .filter((op) => op?.['x-gent-idempotent'] === true)
      .map((op) => op.operationId)
      .sort();
    expect(Object.keys(cases).sort()).toEqual(marked);
  });

  it('same key and request: the first answer, replayed, no second effect; another request: 409', async () => {
    const held = await makeHeldActions();
    made.approve = held[0]!;
    made.reject = held[1]!;
    for (const [op, c] of Object.entries(cases)) {
      const key = `idem-${op}`;
      const headers = { 'Idempotency-Key': key };
      const first = await c.client()(c.method, c.path(), c.body(), headers);
      expect(first.status, op).toBeGreaterThanOrEqual(200);
      expect(first.status, `${op}: ${first.text}`).toBeLessThan(300);
      made[op] = idOf(first.body) ?? '';
      const replay = await c.client()(c.method, c.path(), c.body(), headers);
      expect(replay.status, op).toBe(first.status);
      const secret = SHOWN_ONCE[op];
      if (secret && first.body[secret]) {
        // A secret is shown once: the replay says so instead of showing it again, and it is not kept.
        expect(replay.body[secret], op).toBe(REDACTED);
        expect({ ...replay.body, [secret]: first.body[secret] }, op).toEqual(first.body);
        expect(JSON.stringify(storedAnswers()), op).not.toContain(first.body[secret]);
      } else expect(replay.text, op).toBe(first.text);
      expect(replay.headers.get('idempotent-replayed'), op).toBe('true');
      const mismatch = await c.client()(c.method, c.path(), c.other(), headers);
      expect(mismatch.status, op).toBe(409);
      expect(mismatch.body.code, op).toBe('idempotency_key_reused');
    }
    // No duplicates: one message, one token, one task of each replayed create.
    const sends = await g.agent('GET', '/v1/messages/?direction=outbound&limit=200');
    expect(sends.body.results.filter((m: any) => m.to[0]?.email === 'idem@example.com')).toHaveLength(1);
    const tasks = await g.agent('GET', '/v1/tasks/?limit=200');
    expect(tasks.body.results.filter((t: any) => t.title === 'idem')).toHaveLength(1);
    const tokens = await session('GET', `/v1/tokens/?inbox_id=${GENT_DEV_INBOX_ID}&limit=200`);
    expect(tokens.body.results.filter((t: any) => t.label === 'idem')).toHaveLength(1);
  });

  it('a key still in flight is a 409; an injected 5xx keeps nothing, so the retry runs', async () => {
    const body = { to: [{ email: 'inflight@example.com' }], text_body: 'slow' };
    const slow = g.agent('POST', '/v1/messages/', body, {
      'Idempotency-Key': 'in-flight',
      'x-mailsim-fault': 'latency=1000',
    });
    // Wait until the engine holds the key as in flight (the first request is inside its latency).
    const inFlight = g.server.engine.store.db.prepare(
      "SELECT 1 FROM idempotency_keys WHERE key = 'in-flight' AND state = 'in_flight'",
    );
    while (!inFlight.get()) await new Promise((r) => setImmediate(r));
    const second = await g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'in-flight' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('idempotency_key_in_progress');
    expect((await slow).status).toBe(201);

    const failed = await g.agent('POST', '/v1/messages/', body, {
      'Idempotency-Key': 'after-503',
      'x-mailsim-fault': '503',
    });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('service_unavailable');
    const retried = await g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'after-503' });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  async function makeHeldActions(): Promise<string[]> {
    const token = (
      await session('POST', '/v1/tokens/', {
        inbox_id: GENT_DEV_INBOX_ID,
        label: 'held',
        scopes: ['email:send'],
        requires_approval: ['email:send'],
      })
    ).body.token;
    const ids: string[] = [];
    for (const text of ['approve me', 'reject me'])
      ids.push(
        (await g.as(token)('POST', '/v1/messages/', { to: [{ email: 'x@example.com' }], text_body: text })).body
          .approval_id,
      );
    return ids;
  }
});

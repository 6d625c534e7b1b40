/**
 * What an agent integration touches beyond sending: domains, inbox settings and the inbox timezone
 * rule, threads (notes, mentions, assignment, plan gate), contacts, files (rows, versions, signed
 * links), tasks and the agenda, and the activity timeline's cursor pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advance,
  expectNoViolations,
  GENT_DEV_INBOX_ID,
  makeInbox,
  makeToken,
  secondOrg,
  settle,
  startGent,
  type Api,
  type Gent,
} from './helpers.js';

let g: Gent;
let session: Api;
beforeAll(async () => {
  g = await startGent({ clockFrozenAt: '2026-03-10T15:30:00.000Z' });
  session = g.as((await g.login()).access);
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

describe('domains and inboxes', () => {
  it('a domain starts pending with its records, verifies (simulated), and stays while inboxes use it', async () => {
    const created = await session('POST', '/v1/domains/', {
      domain: 'Agents.Example.ORG',
      domain_use: 'dedicated_subdomain',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      domain: 'agents.example.org',
      status: 'pending',
      dmarc_policy: 'reject',
      verified_at: null,
    });
    expect(created.body.dns_records.map((r: any) => [r.type, r.name, r.purpose, r.status])).toEqual([
      ['MX', '@', 'mx', 'pending'],
      ['TXT', '@', 'spf', 'pending'],
      ['TXT', 'gent._domainkey', 'dkim', 'pending'],
      ['TXT', '_dmarc', 'dmarc', 'pending'],
      ['TXT', '_gent-verify', 'verification', 'pending'],
    ]);
    expect((await session('POST', '/v1/domains/', { domain: 'agents.example.org' })).body.code).toBe('domain_exists');
    const early = await session('POST', '/v1/inboxes/', { address: 'bot@agents.example.org' });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('domain_not_verified');
    expect(
      (await session('GET', '/v1/domains/agents.example.org/check/')).body.records.every(
        (r: any) => r.status === 'pending',
      ),
    ).toBe(true);
    const verified = await session('POST', '/v1/domains/agents.example.org/verify/');
    expect(verified.body).toMatchObject({ status: 'verified', verified_at: '2026-03-10T15:30:00.000Z' });
    expect(
      (await session('GET', '/v1/domains/agents.example.org/check/')).body.records.every(
        (r: any) => r.status === 'valid',
      ),
    ).toBe(true);
    const inbox = await session('POST', '/v1/inboxes/', { address: 'Bot@agents.example.org', display_name: 'Bot' });
    expect(inbox.body).toMatchObject({
      address: 'bot@agents.example.org',
      domain: 'agents.example.org',
      default_timezone: null,
      webhook_events: [],
    });
    expect((await session('POST', '/v1/inboxes/', { address: 'bot@agents.example.org' })).body.code).toBe(
      'address_taken',
    );
    const blocked = await session('DELETE', '/v1/domains/agents.example.org/');
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('domain_has_inboxes');
    expect((await session('DELETE', `/v1/inboxes/${inbox.body.inbox_id}/`)).status).toBe(204);
    expect((await session('DELETE', '/v1/domains/agents.example.org/')).status).toBe(204);
    expect((await session('GET', '/v1/domains/agents.example.org/')).status).toBe(404);
  });

  it('timestamps follow the inbox timezone (local, no offset), and naive time filters are read in it', async () => {
    const bad = await session('PATCH', `/v1/inboxes/${GENT_DEV_INBOX_ID}/`, { default_timezone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.default_timezone).toEqual(['"Mars/Olympus" is not an IANA timezone name.']);
    const utc = (await g.agent('GET', '/v1/messages/')).body.results.find((m: any) => m.direction === 'inbound');
    expect(utc.received_at).toBe('2026-03-10T15:30:00.000Z');
    expect(
      (await session('PATCH', `/v1/inboxes/${GENT_DEV_INBOX_ID}/`, { default_timezone: 'America/New_York' })).body
        .default_timezone,
    ).toBe('America/New_York');
    const local = (await g.agent('GET', `/v1/messages/${utc.message_id}/`)).body;
    expect(local.received_at).toBe('2026-03-10T11:30:00'); // EDT, UTC-4, two days after the switch
    expect((await g.agent('GET', '/v1/messages/?after=2026-03-10T11:29:00')).body.total).toBe(1);
    expect((await g.agent('GET', '/v1/messages/?after=2026-03-10T11:31:00')).body.total).toBe(0);
    expect((await g.agent('GET', '/v1/messages/?before=2026-03-10T15:31:00Z')).body.total).toBe(1);
    expect((await g.agent('GET', `/v1/messages/?after=${Date.parse('2026-03-10T15:29:00Z') / 1000}`)).body.total).toBe(
      1,
    );
    expect((await g.agent('GET', '/v1/messages/?after=yesterday')).status).toBe(400);
    await session('PATCH', `/v1/inboxes/${GENT_DEV_INBOX_ID}/`, { default_timezone: null });
  });
});

describe('threads', () => {
  it('notes check mentions and task the mentioned; only the author deletes; assign tasks the assignee', async () => {
    const teammate = await makeInbox(session, 'teammate@gent.mailsim.test');
    const thread = 'thr_01JDEVGENT0000000000000001';
    const wrong = await g.agent('POST', `/v1/messages/threads/${thread}/notes/`, {
      body: 'hi',
      mentions: ['stranger@example.com'],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.mentions).toEqual(['No inbox of this organisation has the address stranger@example.com.']);
    const note = await g.agent('POST', `/v1/messages/threads/${thread}/notes/`, {
      body: 'Can you check the amount?',
      mentions: ['teammate@gent.mailsim.test', 'agent@gent.mailsim.test'],
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      author_inbox_id: GENT_DEV_INBOX_ID,
      mentions: ['teammate@gent.mailsim.test', 'agent@gent.mailsim.test'],
    });
    const theirAgenda = await session('GET', `/v1/agenda/?inbox_id=${teammate.inbox_id}`);
    expect(theirAgenda.body.results.map((t: any) => t.title)).toEqual([
      'Mentioned on "Invoice INV-1042": Can you check the amount?',
    ]);
    const ownAgenda = await g.agent('GET', '/v1/agenda/');
    expect(ownAgenda.body.results.some((t: any) => t.source?.id === note.body.note_id)).toBe(false);

    const mate = g.as(await makeToken(session, { inbox_id: teammate.inbox_id, scopes: ['email:read', 'email:write'] }));
    expect((await mate('GET', `/v1/messages/threads/${thread}/`)).status).toBe(404);
    const assigned = await g.agent('POST', `/v1/messages/threads/${thread}/assign/`, { to_inbox_id: teammate.address });
    expect(assigned.body).toMatchObject({ thread_id: thread, assigned_inbox_id: teammate.inbox_id });
    // The assignee now sees the thread, but cannot delete someone else's note.
    expect((await mate('GET', `/v1/messages/threads/${thread}/`)).status).toBe(200);
    const notYours = await mate('DELETE', `/v1/messages/threads/${thread}/notes/${note.body.note_id}/`);
    expect(notYours.status).toBe(403);
    expect(notYours.body.code).toBe('not_note_author');
    expect(
      (await session('GET', `/v1/agenda/?inbox_id=${teammate.inbox_id}`)).body.results.map((t: any) => t.title),
    ).toContain('Assigned: Invoice INV-1042');
    expect((await g.agent('DELETE', `/v1/messages/threads/${thread}/notes/${note.body.note_id}/`)).status).toBe(204);
    expect((await g.agent('GET', `/v1/messages/threads/${thread}/notes/`)).body).toEqual([]);
  });

  it('notes expire after 90 days; notes and assignment need the startup plan', async () => {
    const thread = 'thr_01JDEVGENT0000000000000001';
    await g.agent('POST', `/v1/messages/threads/${thread}/notes/`, { body: 'short-lived' });
    await advance(g, '89d');
    expect((await g.agent('GET', `/v1/messages/threads/${thread}/notes/`)).body).toHaveLength(1);
    await advance(g, '2d');
    expect((await g.agent('GET', `/v1/messages/threads/${thread}/notes/`)).body).toEqual([]);
    session = g.as((await g.login()).access);

    const free = await secondOrg(g, { email: 'owner@free-plan.test', plan: 'free' });
    const inbox = await makeInbox(free.session, 'bot@free-plan.test');
    const sent = await free.session('POST', '/v1/messages/', {
      inbox_id: inbox.inbox_id,
      to: [{ email: 'x@example.com' }],
      text_body: 'x',
    });
    const gated = await free.session('POST', `/v1/messages/threads/${sent.body.thread_id}/notes/`, { body: 'n' });
    expect(gated.status).toBe(403);
    expect(gated.body).toEqual({ detail: 'This feature needs the startup plan or above.', code: 'plan_required' });
  });
});

describe('records', () => {
  it('contacts: create, search with q, detail with active_sequences, bad anniversaries refused', async () => {
    const made = await g.agent('POST', '/v1/contacts/', {
      full_name: 'Ada Vendor',
      emails: [{ label: 'work', address: 'Ada@Vendor.example' }],
      phones: [{ number: '+1 555 0100' }],
      anniversaries: [{ type: 'birthday', date: '--12-10' }],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      id: expect.stringMatching(/^ctc_/),
      inbox_id: GENT_DEV_INBOX_ID,
      emails: [{ label: 'work', address: 'ada@vendor.example' }],
    });
    expect((await g.agent('GET', '/v1/contacts/?q=VENDOR.example')).body).toMatchObject({
      total: 1,
      position: 0,
      limit: 50,
    });
    expect((await g.agent('GET', `/v1/contacts/${made.body.id}/`)).body.active_sequences).toEqual([]);
    const bad = await g.agent('POST', '/v1/contacts/', {
      full_name: 'X',
      anniversaries: [{ type: 'birthday', date: '2026-02-30' }],
    });
    expect(bad.status).toBe(400);
  });

  it('files: rows make versions, a signed link downloads CSV without credentials until it expires', async () => {
    const file = await g.agent('POST', '/v1/files/', {
      name: 'invoices',
      file_type: 'spreadsheet',
      scope: 'inbox',
      inbox_id: GENT_DEV_INBOX_ID,
      instructions: 'One row per invoice',
    });
    expect(file.body).toMatchObject({ version: 1, row_count: 0, scope: 'inbox', inbox_id: GENT_DEV_INBOX_ID });
    const id = file.body.file_id;
    await g.agent('POST', `/v1/files/${id}/rows/`, {
      source_message_id: 'msg_01JDEVGENT0000000000000001',
      rows: [{ invoice: 'INV-1042', amount: 1250 }],
    });
    const second = await g.agent('POST', `/v1/files/${id}/rows/`, {
      rows: [{ invoice: 'INV-1043', amount: 99.5, note: 'rush, "urgent"' }],
    });
    expect(second.body).toEqual({ file_id: id, version: 3, rows_added: 1, row_count: 2 });
    const versions = await g.agent('GET', `/v1/files/${id}/versions/`);
    expect(versions.body.map((v: any) => [v.version, v.change, v.rows_added, v.source_message_id])).toEqual([
      [3, 'rows_appended', 1, null],
      [2, 'rows_appended', 1, 'msg_01JDEVGENT0000000000000001'],
      [1, 'created', 0, null],
    ]);
    const link = await g.agent('POST', `/v1/files/${id}/link/`);
    expect(link.status).toBe(201);
    const download = await fetch(link.body.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/csv');
    expect(await download.text()).toBe('invoice,amount,note\r\nINV-1042,1250,\r\nINV-1043,99.5,"rush, ""urgent"""\r\n');
    const forged = new URL(link.body.url);
    forged.searchParams.set('expires', String(Number(forged.searchParams.get('expires')) + 3600));
    expect((await fetch(forged)).status).toBe(403);
    await advance(g, '61m');
    const expired = await fetch(link.body.url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as any).code).toBe('invalid_signature');
    const doc = await g.agent('POST', '/v1/files/', { name: 'notes', file_type: 'document', content: 'hello' });
    expect((await g.agent('POST', `/v1/files/${doc.body.file_id}/rows/`, { rows: [{ a: 1 }] })).body.code).toBe(
      'not_a_spreadsheet',
    );
  });

  it('the agenda lists pending tasks first, then dated ones soonest first; done tasks leave it', async () => {
    session = g.as((await g.login()).access);
    const inbox = await makeInbox(session, 'planner@gent.mailsim.test');
    const planner = g.as(await makeToken(session, { inbox_id: inbox.inbox_id, scopes: ['task:read', 'task:write'] }));
    const now = g.server.engine.clock.nowMs();
    const later = await planner('POST', '/v1/tasks/', {
      title: 'later',
      due_at: new Date(now + 2 * 86_400_000).toISOString(),
    });
    await planner('POST', '/v1/tasks/', { title: 'sooner', due_at: new Date(now + 86_400_000).toISOString() });
    await planner('POST', '/v1/tasks/', { title: 'whenever' });
    expect((await planner('GET', '/v1/agenda/')).body.results.map((t: any) => [t.title, t.pending])).toEqual([
      ['whenever', true],
      ['sooner', false],
      ['later', false],
    ]);
    const done = await planner('PATCH', `/v1/tasks/${later.body.task_id}/`, { status: 'done' });
    expect(done.body.completed_at).toEqual(expect.any(String));
    expect((await planner('GET', '/v1/agenda/')).body.results.map((t: any) => t.title)).toEqual(['whenever', 'sooner']);
    expect((await planner('GET', '/v1/tasks/?status=done')).body.results.map((t: any) => t.title)).toEqual(['later']);
  });

  it('activity: per contact, newest first, cursor pages ending with null; contact_id or address needed', async () => {
    session = g.as((await g.login()).access);
    const contact = await g.agent('POST', '/v1/contacts/', {
      full_name: 'Pen Pal',
      emails: [{ address: 'penpal@example.net' }],
    });
    for (let i = 1; i <= 5; i++) {
      await g.agent('POST', '/v1/messages/', {
        to: [{ email: 'penpal@example.net' }],
        subject: `letter ${i}`,
        text_body: `letter ${i}`,
      });
      await settle(g);
      await advance(g, '1m');
    }
    const summaries: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = await g.agent(
        'GET',
        `/v1/activity/?contact_id=${contact.body.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      summaries.push(...page.body.events.map((e: any) => e.summary));
      expect(page.body.events.every((e: any) => e.contact_id === contact.body.id && e.type === 'message.sent')).toBe(
        true,
      );
      cursor = page.body.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(summaries).toEqual([
      'Sent "letter 5"',
      'Sent "letter 4"',
      'Sent "letter 3"',
      'Sent "letter 2"',
      'Sent "letter 1"',
    ]);
    const since = new Date(g.server.engine.clock.nowMs() - 150_000).toISOString();
    expect((await g.agent('GET', `/v1/activity/?address=penpal@example.net&since=${since}`)).body.events).toHaveLength(
      2,
    );
    const missing = await g.agent('GET', '/v1/activity/');
    expect(missing.status).toBe(400);
    expect((await g.agent('GET', '/v1/activity/?address=penpal@example.net&cursor=bogus')).status).toBe(400);
  });
});

/**
 * Commune's skill doc run against the emulator, the way a user copies it: every curl command of
 * its walkthrough for domains, inboxes, threads, messages, search and attachments is executed with
 * the real curl (base URL and $KEY substituted, placeholder ids bound to ids the earlier steps
 * returned), and every row of its reference table in those areas answers from a real route.
 * The other areas (delivery, webhooks, DMARC, agent, auth, data) are skill-walkthrough-ops.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';
import { COMMUNE_KEY, eventually, expectNoViolations, SEED_ORG_ID, smtpSend } from './mail-helpers.js';
import { curlCommands, HAS_CURL, MAIL_AREAS as MY_AREAS, runCurl, tableRows, type Step } from './walkthrough.js';

if (!HAS_CURL) console.warn('[skip] skill-walkthrough: curl is not installed on this machine');

describe.skipIf(!HAS_CURL)('Commune skill doc walkthrough (mail areas)', () => {
  let server: MailsimServer;
  const ids: Record<string, string> = {};
  const results: { step: Step; status: number; body: any }[] = [];

  beforeAll(async () => {
    // Default policies, rate limits included: the walkthrough must pass as a user runs it.
    server = await startTestServer({ ports: { commune: 0 }, smtp: true, smtpPort: 0 });
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  const curl = (step: Step, bind: Record<string, string>) => runCurl(server.url('commune'), step, bind);

  it('runs the 60-second setup: inbox, first email, what arrived', async () => {
    const [create, send, check] = curlCommands().slice(0, 3) as [Step, Step, Step];
    const created = await curl(create, {});
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      localPart: 'myagent',
      address: 'myagent@commune.email',
      displayName: 'My Agent',
      orgId: SEED_ORG_ID,
    });
    ids.i_your_inbox_id = created.body.data.id;

    const sent = await curl(send, ids);
    expect(sent.status).toBe(202);
    expect(sent.body.data).toMatchObject({ status: 'queued' });
    ids.conv_abc123 = sent.body.data.thread_id;

    const threads = await curl(check, ids);
    expect(threads.status).toBe(200);
    expect(threads.body).toMatchObject({ has_more: false, next_cursor: null });
    expect(threads.body.data[0]).toMatchObject({
      thread_id: ids.conv_abc123,
      subject: 'Hello from my agent',
      last_direction: 'outbound',
      message_count: 1,
    });
  });

  /** Mail arrives at the support inbox before the search examples, as it would for a real agent. */
  async function customerWrites(): Promise<void> {
    await smtpSend(server, {
      from: 'Pat Customer <pat@example.org>',
      to: 'support@mycompany.com',
      subject: 'Unhappy with shipping',
      text: 'I am unhappy: the shipping took three weeks.',
    });
    const api = client(server.url('commune'), COMMUNE_KEY);
    await eventually(async () =>
      (await api('GET', `/v1/messages?inbox_id=${ids.i_abc123}&limit=100`)).body.data.some(
        (m: any) => m.direction === 'inbound',
      ),
    );
  }

  it('runs every curl example for domains, inboxes, threads, messages, search and attachments', async () => {
    const api = client(server.url('commune'), COMMUNE_KEY);
    const steps = curlCommands()
      .slice(3)
      .filter((s) => MY_AREAS.test(s.path));
    expect(steps.length).toBeGreaterThanOrEqual(35);
    for (const step of steps) {
      const bind = { ...ids };
      // The delete example must not remove the inbox the later examples use.
      if (step.method === 'DELETE' && /\/inboxes\/i_abc123$/.test(step.path)) {
        bind.i_abc123 = (
          await api('POST', `/v1/domains/${ids.d_abc123}/inboxes`, { local_part: 'to-delete' })
        ).body.data.id;
      }
      if (step.path === '/v1/search/threads' && !results.some((r) => r.step.path === step.path)) await customerWrites();
      const res = await curl(step, bind);
      results.push({ step, ...res });
      expect(
        res.status,
        `example ${step.index}: ${step.method} ${step.path} → ${JSON.stringify(res.body)}`,
      ).toBeLessThan(300);
      if (step.method === 'POST' && step.path === '/v1/domains') ids.d_abc123 = res.body.data.id;
      if (step.method === 'POST' && step.path === '/v1/domains/d_abc123/inboxes') ids.i_abc123 = res.body.data.id;
      if (step.path === '/v1/attachments/upload') ids.att_abc123 = res.body.data.attachment_id;
    }
    const at = (method: string, path: string, nth = 0) =>
      results.filter((r) => r.step.method === method && r.step.path === path)[nth]!.body;
    expect(at('POST', '/v1/domains').data).toMatchObject({ name: 'mycompany.com', status: 'not_started' });
    expect(at('GET', '/v1/domains/d_abc123/records').data.length).toBeGreaterThan(0);
    expect(at('POST', '/v1/domains/d_abc123/verify').data).toEqual({ object: 'domain', id: ids.d_abc123 });
    expect(at('POST', '/v1/domains/d_abc123/inboxes').data.address).toBe('support@mycompany.com');
    expect(at('PUT', '/v1/domains/d_abc123/inboxes/i_abc123').data.webhook).toEqual({
      endpoint: 'https://new-server.com/hook',
      events: ['inbound'],
    });
    expect(at('PUT', '/v1/domains/d_abc123/inboxes/i_abc123/extraction-schema').data.extractionSchema).toMatchObject({
      name: 'support_ticket',
      enabled: true,
    });
    expect(at('DELETE', '/v1/domains/d_abc123/inboxes/i_abc123/extraction-schema').data).not.toHaveProperty(
      'extractionSchema',
    );
    expect(at('GET', '/v1/threads/conv_abc123/metadata').data).toMatchObject({ thread_id: ids.conv_abc123 });
    expect(at('POST', '/v1/threads/conv_abc123/tags').data.tags).toEqual(['urgent', 'vip', 'sales-lead', 'follow-up']);
    expect(at('DELETE', '/v1/threads/conv_abc123/tags').data.tags).toEqual(['vip', 'sales-lead', 'follow-up']);
    expect(at('PUT', '/v1/threads/conv_abc123/assign', 1).data.assigned_to).toBeNull();
    // The in-thread reply keeps its "Re:" and joins the setup's thread.
    const replies = results.filter(
      (r) => r.step.path === '/v1/messages/send' && r.body.data.thread_id === ids.conv_abc123,
    );
    expect(replies).toHaveLength(1);
    for (const r of results.filter((x) => x.step.path === '/v1/search/threads'))
      expect(r.body.search_type).toBe('keyword');
    expect(at('GET', '/v1/search/threads').data[0]).toMatchObject({
      subject: 'Unhappy with shipping',
      inbox_id: ids.i_abc123,
      score: expect.any(Number),
    });
    expect(at('GET', '/v1/attachments/att_abc123/url').data).toMatchObject({
      expires_in: 3600,
      filename: 'invoice.pdf',
    });
    expect(await (await fetch(at('GET', '/v1/attachments/att_abc123/url').data.url)).text()).toBe(
      '%PDF-1.4 tiny invoice',
    );
  });

  it("answers every reference-table row of these areas from a real route in Commune's shapes", async () => {
    const api = client(server.url('commune'), COMMUNE_KEY);
    const scratch = (await api('POST', `/v1/domains/${ids.d_abc123}/inboxes`, { local_part: 'table-scratch' })).body
      .data.id;
    const rows = tableRows().filter((r) => MY_AREAS.test(r.path));
    expect(rows).toHaveLength(27);
    for (const row of rows) {
      const inbox = row.method === 'DELETE' && /inboxes\/:i$/.test(row.path) ? scratch : ids.i_abc123!;
      const path = row.path
        .replace(/\/v1\/domains\/:(id|d)/, `/v1/domains/${ids.d_abc123}`)
        .replace(':i', inbox)
        .replace('/v1/threads/:id', `/v1/threads/${ids.conv_abc123}`)
        .replace('/v1/attachments/:id', `/v1/attachments/${ids.att_abc123}`);
      const res = await api(row.method, path, row.method === 'GET' ? undefined : {});
      expect(res.headers.get('content-type'), `${row.method} ${row.path}`).toContain('application/json');
      expect(res.status, `${row.method} ${row.path} → ${res.text}`).toBeLessThan(500);
      // Bodies the table gives no example for fail Commune's own checks, never the route lookup.
      if (res.status >= 400) expect(typeof res.body.error, `${row.method} ${row.path}`).toBe('string');
    }
  });
});

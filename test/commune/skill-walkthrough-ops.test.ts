/**
 * Commune's skill doc run against the emulator, the way a user copies it, for the areas
 * skill-walkthrough.test.ts leaves out: delivery metrics/events/suppressions, webhook deliveries,
 * health and retry, DMARC, the agent org and API keys, agent sign-up and data deletion. Every curl
 * command of those areas runs with the real curl; the doc's placeholder ids are bound to things
 * that exist: an inbox whose webhook points at a local receiver and that got mail (a real
 * delivery), two sent messages (one bounced, one delivered), a submitted DMARC report, the key the
 * create example made, the deletion request the preview made. Every reference-table row of these
 * areas answers from a real route. Default policies, rate limiters included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { client, eventually, startTestServer } from '../helpers/server.js';
import { keypair, PURPOSE } from './agents-helpers.js';
import { insertOutbound } from './ops-helpers.js';
import { smtpSend } from './mail-helpers.js';
import { COMMUNE_KEY, expectNoViolations, SEED_KEY_ID, SEED_ORG_ID } from './seed.js';
import { curlCommands, HAS_CURL, MAIL_AREAS, OPS_AREAS, runCurl, tableRows, type Step } from './walkthrough.js';

if (!HAS_CURL) console.warn('[skip] skill-walkthrough-ops: curl is not installed on this machine');

const DAY_MS = 24 * 3600_000;

/** A DMARC aggregate report for mycompany.com: 10 messages passing from one source, 2 failing (quarantined) from another. */
function dmarcReport(nowMs: number): string {
  const begin = Math.floor((nowMs - 2 * DAY_MS) / 1000);
  const record = (ip: string, count: number, disposition: string, result: string) => `
  <record>
    <row><source_ip>${ip}</source_ip><count>${count}</count>
      <policy_evaluated><disposition>${disposition}</disposition><dkim>${result}</dkim><spf>${result}</spf></policy_evaluated></row>
    <identifiers><header_from>mycompany.com</header_from></identifiers>
    <auth_results><dkim><domain>mycompany.com</domain><selector>s1</selector><result>${result}</result></dkim>
      <spf><domain>mycompany.com</domain><result>${result}</result></spf></auth_results>
  </record>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata><org_name>receiver.example</org_name><email>dmarc@receiver.example</email>
    <report_id>walkthrough-report-1</report_id><date_range><begin>${begin}</begin><end>${begin + DAY_MS / 1000}</end></date_range></report_metadata>
  <policy_published><domain>mycompany.com</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>${record('203.0.113.5', 10, 'none', 'pass')}${record('198.51.100.7', 2, 'quarantine', 'fail')}
</feedback>
`;
}

describe.skipIf(!HAS_CURL)('Commune skill doc walkthrough (delivery, webhooks, DMARC, agent, auth, data)', () => {
  let server: MailsimServer;
  let receiver: WebhookReceiver;
  let workdir: string;
  /** Placeholder → value: the doc's ids and tokens, bound as the set-up and earlier steps create them. */
  const ids: Record<string, string> = {};
  const api = (key: string | null = COMMUNE_KEY) => client(server.url('commune'), key);
  const control = (path: string, body: unknown = {}) => client(server.url('commune'), null)('POST', path, body);

  beforeAll(async () => {
    server = await startTestServer({ ports: { commune: 0 }, smtp: true, smtpPort: 0 });
    // The first attempts fail, so the retry example has a delivery Commune would requeue.
    receiver = await startWebhookReceiver({ respondWith: { status: 500, body: 'not ready' } });
    workdir = mkdtempSync(join(tmpdir(), 'commune-walkthrough-'));
  });
  afterAll(async () => {
    expectNoViolations(server);
    await receiver.close();
    await server.close();
    rmSync(workdir, { recursive: true, force: true });
  });

  const curl = (step: Step, bind: Record<string, string> = ids) =>
    runCurl(server.url('commune'), step, bind, { cwd: workdir });
  const opsSteps = (): Step[] => curlCommands().filter((s) => OPS_AREAS.test(s.path));

  it('splits the doc between the two walkthrough files with nothing left over', () => {
    const steps = curlCommands();
    expect(steps.filter((s) => !MAIL_AREAS.test(s.path) && !OPS_AREAS.test(s.path))).toEqual([]);
    expect(opsSteps()).toHaveLength(25);
    const rows = tableRows();
    expect(rows.filter((r) => !MAIL_AREAS.test(r.path) && !OPS_AREAS.test(r.path))).toEqual([]);
    expect(rows.filter((r) => OPS_AREAS.test(r.path))).toHaveLength(21);
  });

  it('sets up what the examples refer to: a domain, an inbox with a webhook, mail in and out, a report file', async () => {
    const domain = await api()('POST', '/v1/domains', { name: 'mycompany.com' });
    expect(domain.status, domain.text).toBe(201);
    ids.d_abc123 = domain.body.data.id;
    const inbox = await api()('POST', `/v1/domains/${ids.d_abc123}/inboxes`, {
      local_part: 'support',
      name: 'Support Inbox',
      webhook: { endpoint: receiver.url, events: ['inbound'] },
    });
    expect(inbox.status, inbox.text).toBe(201);
    ids.i_abc123 = inbox.body.data.id;

    // A customer writes in: the inbox's webhook is called (and fails for now).
    await smtpSend(server, {
      from: 'pat@example.org',
      to: 'support@mycompany.com',
      subject: 'Where is my order?',
      text: 'Order 1042 has not arrived.',
    });
    await receiver.waitFor(1);
    const pending = await eventually(async () => {
      const list = await api()('GET', `/v1/webhooks/deliveries?inbox_id=${ids.i_abc123}`);
      return list.body.deliveries?.find((d: any) => d.status === 'retrying');
    });
    ids.wdel_abc123 = pending.delivery_id;

    // The agent sends two emails; the provider later reports one bounced and one delivered.
    const send = (to: string, subject: string) =>
      api()('POST', '/v1/messages/send', { inbox_id: ids.i_abc123, to, subject, text: 'Your report is ready.' });
    const bounced = await send('ana@example.org', 'Quarterly report');
    const delivered = await send('bo@example.org', 'Monthly report');
    expect([bounced.status, delivered.status]).toEqual([202, 202]);
    ids.msg_abc123 = bounced.body.data.id;
    await eventually(
      async () =>
        (await api()('GET', `/v1/delivery/events?inbox_id=${ids.i_abc123}&event_type=sent`)).body.data.length === 2,
    );
    expect(
      (await control(`/_mailsim/commune/messages/${ids.msg_abc123}/bounce`, { reason: 'Mailbox does not exist' }))
        .status,
    ).toBe(200);
    expect((await control(`/_mailsim/commune/messages/${delivered.body.data.id}/deliver`)).status).toBe(200);

    // A message from before 2025 for the deletion example to find (no API backdates mail, so it is stored directly).
    insertOutbound(server, {
      orgId: SEED_ORG_ID,
      inboxId: ids.i_abc123!,
      domainId: ids.d_abc123!,
      to: ['old@example.org'],
      subject: 'Last year',
      createdAt: '2024-12-15T09:00:00.000Z',
    });

    // `--data-binary @dmarc-report.xml` reads this file from curl's working directory.
    writeFileSync(join(workdir, 'dmarc-report.xml'), dmarcReport(server.engine.clock.nowMs()));
  });

  it("runs every curl example for delivery, webhooks, DMARC, agent, auth and data with Commune's answers", async () => {
    const seen: Record<string, number> = {};
    let createdKey = '';
    let rotatedKey = '';
    for (const step of opsSteps()) {
      const name = `${step.method} ${step.path}`;
      const nth = (seen[name] = (seen[name] ?? -1) + 1);
      const where = `example ${step.index}: ${name}`;

      if (name === 'POST /v1/auth/agent-register') {
        // The example's publicKey is a stand-in, not a key: a fresh Ed25519 key (node:crypto) replaces it.
        const key = { 'YOUR_BASE64_PUBLIC_KEY==': keypair().publicKey };
        // As written the example also leaves out agentPurpose, which Commune's server requires (20+
        // characters, 3+ words): the doc is out of date, and the route rightly answers 400.
        const asWritten = await curl(step, key);
        expect(asWritten, where).toEqual({
          status: 400,
          body: { error: 'missing_fields', message: 'Required: agentName, agentPurpose, orgName, orgSlug, publicKey' },
        });
        // With a purpose added the example succeeds (two of the five registrations a day an IP may make).
        const res = await curl(step, { ...key, '"publicKey":': `"agentPurpose": "${PURPOSE}", "publicKey":` });
        expect(res.status, `${where} → ${JSON.stringify(res.body)}`).toBe(201);
        expect(res.body).toMatchObject({
          agentSignupToken: expect.any(String),
          challenge: { text: expect.stringContaining('Include this exact string'), format: expect.any(String) },
          expiresIn: 900,
        });
        continue;
      }
      if (name === 'POST /v1/webhooks/deliveries/wdel_abc123/retry') receiver.respondWith(200);

      const res = await curl(step);
      expect(res.status, `${where} → ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `${where} → ${JSON.stringify(res.body)}`).toBeLessThan(300);
      const body = res.body;

      switch (name) {
        case 'GET /v1/delivery/metrics':
          // period=7d, period=30d, days=14: the same two sends, one bounced and one delivered.
          expect(body.data, where).toMatchObject({
            inbox_id: ids.i_abc123,
            period: { days: [7, 30, 14][nth] },
            sent: 2,
            delivered: 1,
            bounced: 1,
            complained: 0,
            failed: 0,
            suppressed: 0,
            delivery_rate: '50.0%',
            bounce_rate: '50.0%',
            complaint_rate: '0.0%',
          });
          break;
        case 'GET /v1/delivery/events':
          if (nth === 0)
            expect(body.data.map((e: any) => e.event_type).sort(), where).toEqual([
              'bounced',
              'delivered',
              'sent',
              'sent',
            ]);
          if (nth === 1) {
            expect(body.data, where).toHaveLength(1);
            expect(body.data[0]).toMatchObject({
              event_type: 'bounced',
              inbox_id: ids.i_abc123,
              domain_id: ids.d_abc123,
              event_data: { to: ['ana@example.org'], bounce: { type: 'Permanent', message: 'Mailbox does not exist' } },
            });
            ids.stored_bounced_id = body.data[0].message_id;
          }
          // By the msg_ id send returned: that message's own events, newest first.
          if (nth === 2)
            expect(
              body.data.map((e: any) => [e.event_type, e.message_id]),
              where,
            ).toEqual([
              ['bounced', ids.stored_bounced_id],
              ['sent', ids.stored_bounced_id],
            ]);
          break;
        case 'GET /v1/delivery/suppressions':
          expect(body.data, where).toEqual([
            expect.objectContaining({
              email: 'ana@example.org',
              reason: 'bounce',
              type: 'hard',
              source: 'inbox',
              inbox_id: ids.i_abc123,
              message_id: ids.stored_bounced_id,
              expires_at: null,
              metadata: expect.objectContaining({
                bounce_reason: 'Mailbox does not exist',
                original_subject: 'Quarterly report',
              }),
            }),
          ]);
          break;
        case 'GET /v1/webhooks/deliveries':
          if (nth === 0) {
            expect(body.total, where).toBe(1);
            // attempt_count is not pinned: on the real clock Commune's own 5 s retry may already have run.
            expect(body.deliveries[0]).toMatchObject({
              delivery_id: ids.wdel_abc123,
              inbox_id: ids.i_abc123,
              endpoint: receiver.url,
              status: 'retrying',
              max_attempts: 8,
              last_status_code: 500,
              last_error: 'HTTP 500: not ready',
              delivered_at: null,
              next_retry_at: expect.any(String),
            });
          }
          // "failed" is not one of Commune's delivery statuses (pending, retrying, delivered, dead): the filter matches nothing there too.
          if (nth === 1) expect(body, where).toEqual({ deliveries: [], total: 0 });
          break;
        case 'GET /v1/webhooks/deliveries/wdel_abc123':
          expect(body.delivery, where).toMatchObject({
            delivery_id: ids.wdel_abc123,
            status: 'retrying',
            payload_hash: expect.stringMatching(/^[0-9a-f]{16}$/),
          });
          expect(body.delivery.attempts[0], where).toMatchObject({
            attempt: 1,
            status_code: 500,
            error: 'HTTP 500: not ready',
          });
          break;
        case 'POST /v1/webhooks/deliveries/wdel_abc123/retry': {
          expect(body, where).toEqual({ ok: true, message: 'Delivery queued for retry' });
          const done = await eventually(async () => {
            const d = (await api()('GET', `/v1/webhooks/deliveries/${ids.wdel_abc123}`)).body.delivery;
            return d.status === 'delivered' && d;
          });
          expect(done).toMatchObject({ last_status_code: 200, last_error: null, next_retry_at: null });
          const last = receiver.received.at(-1)!;
          expect(last.json).toMatchObject({
            inboxId: ids.i_abc123,
            inboxAddress: 'support@mycompany.com',
            event: { type: 'email.received' },
            email: { subject: 'Where is my order?' },
          });
          break;
        }
        case 'GET /v1/webhooks/health':
          expect(body.totals, where).toEqual({ pending: 0, retrying: 0, delivered: 1, dead: 0 });
          expect(body.endpoints, where).toEqual([
            {
              endpoint: receiver.url,
              total: 1,
              delivered: 1,
              failed: 0,
              dead: 0,
              success_rate: 1,
              avg_latency_ms: expect.any(Number),
            },
          ]);
          break;
        case 'POST /v1/dmarc/reports':
          expect(body.data, where).toMatchObject({
            report_id: 'walkthrough-report-1',
            domain: 'mycompany.com',
            org_name: 'receiver.example',
            record_count: 2,
            total_messages: 12,
          });
          break;
        case 'GET /v1/dmarc/reports':
          expect(body.data, where).toHaveLength(1);
          expect(body.data[0]).toMatchObject({
            report_id: 'walkthrough-report-1',
            domain: 'mycompany.com',
            email: 'dmarc@receiver.example',
            our_domain_id: ids.d_abc123,
            org_id: SEED_ORG_ID,
            policy: { domain: 'mycompany.com', p: 'quarantine', pct: 100 },
          });
          expect(body.data[0].records.map((r: any) => [r.source_ip, r.count, r.disposition])).toEqual([
            ['203.0.113.5', 10, 'none'],
            ['198.51.100.7', 2, 'quarantine'],
          ]);
          break;
        case 'GET /v1/dmarc/summary':
          expect(body.data, where).toMatchObject({
            domain: 'mycompany.com',
            total_messages: 12,
            pass_count: 10,
            fail_count: 2,
            dkim_pass: 10,
            spf_pass: 10,
            policy_overrides: 2,
            top_sources: [
              { ip: '203.0.113.5', count: 10, pass: true },
              { ip: '198.51.100.7', count: 2, pass: false },
            ],
          });
          expect(body.data.pass_rate).toBeCloseTo(10 / 12);
          break;
        case 'GET /v1/agent/org':
          expect(body.org, where).toMatchObject({ id: SEED_ORG_ID, tier: 'agent_pro', status: 'active' });
          break;
        case 'PATCH /v1/agent/org':
          expect(body.org, where).toMatchObject({ id: SEED_ORG_ID, name: 'My Agent Organization' });
          expect((await api()('GET', '/v1/agent/org')).body.org.name).toBe('My Agent Organization');
          break;
        case 'GET /v1/agent/api-keys':
          expect(body.apiKeys, where).toContainEqual(expect.objectContaining({ id: SEED_KEY_ID, status: 'active' }));
          // A listing shows prefixes, never key material.
          expect(JSON.stringify(body)).not.toContain(COMMUNE_KEY);
          break;
        case 'POST /v1/agent/api-keys':
          expect(res.status, where).toBe(201);
          expect(body, where).toMatchObject({
            apiKey: expect.stringMatching(/^comm_/),
            name: 'outbound-only',
            permissions: ['messages:write', 'inboxes:read', 'threads:read'],
            status: 'active',
            expiresAt: null,
          });
          ids.key_abc123 = body.id;
          createdKey = body.apiKey;
          // The scoped key works within its permissions and no further.
          expect((await api(createdKey)('GET', '/v1/inboxes')).status).toBe(200);
          expect((await api(createdKey)('GET', '/v1/domains')).status).toBe(403);
          break;
        case 'POST /v1/agent/api-keys/key_abc123/rotate':
          expect(body, where).toMatchObject({
            id: ids.key_abc123,
            name: 'outbound-only',
            apiKey: expect.stringMatching(/^comm_/),
          });
          rotatedKey = body.apiKey;
          expect(rotatedKey).not.toBe(createdKey);
          expect((await api(createdKey)('GET', '/v1/inboxes')).status).toBe(401);
          expect((await api(rotatedKey)('GET', '/v1/inboxes')).status).toBe(200);
          break;
        case 'DELETE /v1/agent/api-keys/key_abc123':
          expect(body, where).toEqual({ message: 'API key revoked' });
          expect((await api(rotatedKey)('GET', '/v1/inboxes')).status).toBe(401);
          expect((await api()('GET', '/v1/agent/api-keys')).body.apiKeys).toContainEqual(
            expect.objectContaining({ id: ids.key_abc123, status: 'inactive' }),
          );
          break;
        case 'POST /v1/data/deletion-request':
          expect(res.status, where).toBe(201);
          // Only the message from 2024 is older than the example's cut-off.
          expect(body, where).toMatchObject({
            id: expect.stringMatching(/^del_/),
            scope: 'messages',
            inbox_id: ids.i_abc123,
            before: '2025-01-01T00:00:00.000Z',
            status: 'pending',
            preview: { messages: 1 },
            confirmation_token: expect.stringMatching(/^[0-9a-f]{64}$/),
          });
          ids.req_abc123 = body.id;
          ids.TOKEN_FROM_REQUEST = body.confirmation_token;
          break;
        case 'POST /v1/data/deletion-request/req_abc123/confirm': {
          expect(body, where).toMatchObject({
            id: ids.req_abc123,
            scope: 'messages',
            status: 'completed',
            deleted_counts: { messages: 1 },
            completed_at: expect.any(String),
          });
          const left = (await api()('GET', `/v1/messages?inbox_id=${ids.i_abc123}&limit=100`)).body.data;
          expect(left.map((m: any) => m.metadata?.subject).sort()).toEqual([
            'Monthly report',
            'Quarterly report',
            'Where is my order?',
          ]);
          break;
        }
        case 'GET /v1/data/deletion-request/req_abc123':
          expect(body, where).toMatchObject({
            id: ids.req_abc123,
            scope: 'messages',
            status: 'completed',
            deleted_counts: { messages: 1 },
          });
          break;
        default:
          throw new Error(`${where}: no check for this example`);
      }
    }
    expect(Object.values(seen).reduce((n, c) => n + c + 1, 0)).toBe(25);
  });

  it("answers every reference-table row of these areas from a real route in Commune's shapes", async () => {
    // One live key per key row, so revoke and rotate both act on an active key.
    const scratch = async (name: string): Promise<string> =>
      (await api()('POST', '/v1/agent/api-keys', { name })).body.id;
    const keyFor: Record<string, string> = {
      DELETE: await scratch('table-revoke'),
      POST: await scratch('table-rotate'),
    };
    const rows = tableRows().filter((r) => OPS_AREAS.test(r.path));
    for (const row of rows) {
      const path = row.path
        .replace('/v1/webhooks/deliveries/:id', `/v1/webhooks/deliveries/${ids.wdel_abc123}`)
        .replace('/v1/agent/api-keys/:id', `/v1/agent/api-keys/${keyFor[row.method]}`)
        .replace('/v1/data/deletion-request/:id', `/v1/data/deletion-request/${ids.req_abc123}`);
      const res = await api()(row.method, path, row.method === 'GET' ? undefined : {});
      expect(res.headers.get('content-type'), `${row.method} ${row.path}`).toContain('application/json');
      expect(res.status, `${row.method} ${row.path} → ${res.text}`).toBeLessThan(500);
      // Bodies the table gives no example for fail Commune's own checks, never the route lookup.
      if (res.status >= 400) expect(typeof res.body.error, `${row.method} ${row.path}`).toBe('string');
    }
  });
});

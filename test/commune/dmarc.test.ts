/**
 * DMARC aggregate reports: XML and gzip-compressed XML as the raw body (whatever the declared
 * type), Commune's defaults, upsert by (report_id, domain), list by domain name, the summary's
 * pass/fail arithmetic and window, errors, scopes and tenant isolation.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { api, makeKey, makeOrg, startCommune } from './ops-helpers.js';

const T0 = '2026-03-01T12:00:00.000Z';
const T0_S = Date.parse(T0) / 1000;
const DAY_S = 86_400;

interface Row {
  ip: string;
  count: number;
  disposition?: string;
  dkim: string;
  spf: string;
}

function report(o: {
  id: string;
  domain?: string;
  begin?: number;
  end?: number;
  rows: Row[];
  policy?: string;
  ns?: boolean;
}): string {
  const records = o.rows
    .map(
      (r) => `
  <record>
    <row>
      <source_ip>${r.ip}</source_ip>
      <count>${r.count}</count>
      <policy_evaluated><disposition>${r.disposition ?? 'none'}</disposition><dkim>${r.dkim}</dkim><spf>${r.spf}</spf></policy_evaluated>
    </row>
    <identifiers><header_from>${o.domain ?? 'example.com'}</header_from></identifiers>
    <auth_results>
      <dkim><domain>${o.domain ?? 'example.com'}</domain><selector>s1</selector><result>${r.dkim}</result></dkim>
      <dkim><domain>other.example</domain><selector>s2</selector><result>fail</result></dkim>
      <spf><domain>bounce.${o.domain ?? 'example.com'}</domain><result>${r.spf}</result></spf>
    </auth_results>
  </record>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback${o.ns ? ' xmlns="urn:ietf:params:xml:ns:dmarc-2.0"' : ''}>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>${o.id}</report_id>
    <date_range><begin>${o.begin ?? T0_S - 2 * DAY_S}</begin><end>${o.end ?? T0_S - DAY_S}</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>${o.domain ?? 'example.com'}</domain>
    ${o.policy ?? '<adkim>s</adkim><aspf>r</aspf><p>quarantine</p><pct>50</pct>'}
  </policy_published>${records}
</feedback>`;
}

let server: MailsimServer;
const post = (key: string, body: string | Uint8Array, type: string, query = '') =>
  api(server, key)('POST', `/v1/dmarc/reports${query}`, body, { 'content-type': type });

beforeAll(async () => {
  server = await startCommune({ clockFrozenAt: T0 });
});
afterAll(async () => {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
  await server.close();
});

describe('POST /v1/dmarc/reports', () => {
  it("parses an XML report and answers Commune's summary; list shows the parsed report with defaults applied", async () => {
    const { orgId, key } = makeOrg(server);
    const xml = report({
      id: 'r-1',
      domain: 'Example.COM',
      rows: [
        { ip: '192.0.2.1', count: 12, dkim: 'pass', spf: 'pass' },
        { ip: '198.51.100.7', count: 3, disposition: 'quarantine', dkim: 'fail', spf: 'fail' },
      ],
      policy: '<p>reject</p>',
    });
    const res = await post(key, xml, 'application/xml', '?domain_id=dom-123');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        report_id: 'r-1',
        domain: 'example.com',
        org_name: 'google.com',
        date_begin: new Date((T0_S - 2 * DAY_S) * 1000).toISOString(),
        date_end: new Date((T0_S - DAY_S) * 1000).toISOString(),
        record_count: 2,
        total_messages: 15,
      },
    });
    const list = await api(server, key)('GET', '/v1/dmarc/reports?domain=EXAMPLE.com');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toEqual({
      report_id: 'r-1',
      org_name: 'google.com',
      email: 'noreply-dmarc-support@google.com',
      domain: 'example.com',
      date_begin: res.body.data.date_begin,
      date_end: res.body.data.date_end,
      policy: { domain: 'example.com', adkim: 'r', aspf: 'r', p: 'reject', sp: 'reject', pct: 100 },
      records: [
        {
          source_ip: '192.0.2.1',
          count: 12,
          disposition: 'none',
          dkim_result: 'pass',
          spf_result: 'pass',
          header_from: 'Example.COM',
          dkim_domain: 'Example.COM',
          dkim_selector: 's1',
          spf_domain: 'bounce.Example.COM',
        },
        {
          source_ip: '198.51.100.7',
          count: 3,
          disposition: 'quarantine',
          dkim_result: 'fail',
          spf_result: 'fail',
          header_from: 'Example.COM',
          dkim_domain: 'Example.COM',
          dkim_selector: 's1',
          spf_domain: 'bounce.Example.COM',
        },
      ],
      received_at: T0,
      our_domain_id: 'dom-123',
      org_id: orgId,
    });
  });

  it('accepts gzip-compressed XML whatever the declared type, and a namespaced <feedback>', async () => {
    const { key } = makeOrg(server);
    const gz = gzipSync(
      report({ id: 'gz-1', domain: 'gz.example', rows: [{ ip: '203.0.113.9', count: 5, dkim: 'pass', spf: 'fail' }] }),
    );
    for (const type of ['application/gzip', 'application/octet-stream', 'text/xml']) {
      const res = await post(key, gz, type);
      expect(res.status, type).toBe(200);
      expect(res.body.data).toMatchObject({
        report_id: 'gz-1',
        domain: 'gz.example',
        record_count: 1,
        total_messages: 5,
      });
    }
    // Posting the same (report_id, domain) again replaced the copy instead of adding one.
    expect((await api(server, key)('GET', '/v1/dmarc/reports?domain=gz.example')).body.data).toHaveLength(1);
    const ns = await post(key, report({ id: 'ns-1', domain: 'gz.example', ns: true, rows: [] }), 'text/xml');
    expect(ns.body.data).toMatchObject({ report_id: 'ns-1', record_count: 0, total_messages: 0 });
    expect(
      (await api(server, key)('GET', '/v1/dmarc/reports?domain=gz.example')).body.data.map((r: any) => r.report_id),
    ).toEqual(['ns-1', 'gz-1']);
  });

  it('answers 400 "Failed to parse DMARC report" for XML that is not a report, broken XML, a zip, corrupt gzip or no date range', async () => {
    const { key } = makeOrg(server);
    const bad: [string, string | Uint8Array, string][] = [
      ['not a report', '<?xml version="1.0"?><invoice><total>3</total></invoice>', 'application/xml'],
      ['broken XML', '<feedback><report_metadata><report_id>x</report_id></feedback>', 'application/xml'],
      ['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'application/zip'],
      ['corrupt gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 1, 2, 3]), 'application/gzip'],
      ['no date range', report({ id: 'x', rows: [] }).replace(/<date_range>.*<\/date_range>/, ''), 'application/xml'],
    ];
    for (const [what, body, type] of bad) {
      const res = await post(key, body, type);
      expect(res.status, what).toBe(400);
      expect(res.body, what).toEqual({ error: 'Failed to parse DMARC report' });
    }
    const empty = await api(server, key)('POST', '/v1/dmarc/reports');
    expect(empty).toMatchObject({ status: 400, body: { error: 'Failed to parse DMARC report' } });
    const json = await post(key, '{"report":1}', 'application/json');
    expect(json).toMatchObject({ status: 400, body: { error: 'Failed to parse DMARC report' } });
    const notJson = await post(key, '{"report":', 'application/json');
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('INTERNAL_ERROR');
    const plain = await post(key, report({ id: 'plain', rows: [] }), 'text/plain');
    expect(plain.status).toBe(400);
    expect(plain.body.error).toBe('Invalid request');
  });

  it('needs domains:write to submit and domains:read to read', async () => {
    const { orgId } = makeOrg(server);
    const readOnly = makeKey(server, orgId, ['read']);
    const denied = await post(readOnly, report({ id: 'x', rows: [] }), 'application/xml');
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      error: 'Insufficient permissions',
      required: ['domains:write'],
      hint: 'Your API key needs the following permission(s): domains:write',
    });
    expect((await api(server, readOnly)('GET', '/v1/dmarc/reports?domain=example.com')).status).toBe(200);
    const messagesOnly = makeKey(server, orgId, ['messages:read']);
    expect((await api(server, messagesOnly)('GET', '/v1/dmarc/summary?domain=example.com')).body.required).toEqual([
      'domains:read',
    ]);
  });
});

describe('GET /v1/dmarc/reports and /v1/dmarc/summary', () => {
  it('summarises the reports inside the window: pass if DKIM or SPF passed, top sources, policy overrides', async () => {
    const { key } = makeOrg(server);
    await post(
      key,
      report({
        id: 's-1',
        domain: 'sum.example',
        rows: [
          { ip: '192.0.2.1', count: 10, dkim: 'pass', spf: 'fail' },
          { ip: '192.0.2.2', count: 4, dkim: 'fail', spf: 'pass' },
          { ip: '192.0.2.3', count: 6, disposition: 'reject', dkim: 'fail', spf: 'fail' },
        ],
      }),
      'application/xml',
    );
    await post(
      key,
      report({
        id: 's-2',
        domain: 'sum.example',
        rows: [
          { ip: '192.0.2.3', count: 1, dkim: 'pass', spf: 'pass' },
          { ip: '192.0.2.9', count: 2, disposition: 'none', dkim: 'fail', spf: 'fail' },
        ],
      }),
      'application/xml',
    );
    // Outside the default 30 days: ignored by the summary, still listed.
    await post(
      key,
      report({
        id: 's-old',
        domain: 'sum.example',
        begin: T0_S - 60 * DAY_S,
        end: T0_S - 59 * DAY_S,
        rows: [{ ip: '192.0.2.1', count: 100, dkim: 'fail', spf: 'fail' }],
      }),
      'application/xml',
    );
    const summary = await api(server, key)('GET', '/v1/dmarc/summary?domain=SUM.example');
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      data: {
        domain: 'sum.example',
        period: { begin: new Date(Date.parse(T0) - 30 * DAY_S * 1000).toISOString(), end: T0 },
        total_messages: 23,
        pass_count: 15,
        fail_count: 8,
        pass_rate: 15 / 23,
        dkim_pass: 11,
        spf_pass: 5,
        top_sources: [
          { ip: '192.0.2.1', count: 10, pass: true },
          { ip: '192.0.2.3', count: 7, pass: false },
          { ip: '192.0.2.2', count: 4, pass: true },
          { ip: '192.0.2.9', count: 2, pass: false },
        ],
        policy_overrides: 6,
      },
    });
    const wide = await api(server, key)('GET', '/v1/dmarc/summary?domain=sum.example&days=90');
    expect(wide.body.data).toMatchObject({ total_messages: 123, fail_count: 108 });
    expect(
      (await api(server, key)('GET', '/v1/dmarc/summary?domain=sum.example&days=9999')).body.data.period.begin,
    ).toBe(new Date(Date.parse(T0) - 365 * DAY_S * 1000).toISOString());
    expect(
      (await api(server, key)('GET', '/v1/dmarc/reports?domain=sum.example&limit=2')).body.data.map(
        (r: any) => r.report_id,
      ),
    ).toEqual(['s-old', 's-2']);
  });

  it('answers data: null with a message when nothing falls in the window, and 400 without a domain', async () => {
    const { key } = makeOrg(server);
    expect((await api(server, key)('GET', '/v1/dmarc/summary?domain=nothing.example')).body).toEqual({
      data: null,
      message: 'No DMARC reports found for this period',
    });
    expect(await api(server, key)('GET', '/v1/dmarc/summary')).toMatchObject({
      status: 400,
      body: { error: 'domain query parameter is required' },
    });
    expect(await api(server, key)('GET', '/v1/dmarc/reports')).toMatchObject({
      status: 400,
      body: { error: 'domain query parameter is required' },
    });
  });

  it("keeps each organisation's reports to itself, even for the same report id and domain", async () => {
    const a = makeOrg(server);
    const b = makeOrg(server);
    await post(
      a.key,
      report({
        id: 'shared-id',
        domain: 'iso.example',
        rows: [{ ip: '192.0.2.1', count: 1, dkim: 'pass', spf: 'pass' }],
      }),
      'application/xml',
    );
    await post(
      b.key,
      report({
        id: 'shared-id',
        domain: 'iso.example',
        rows: [{ ip: '192.0.2.1', count: 9, dkim: 'fail', spf: 'fail' }],
      }),
      'application/xml',
    );
    expect(
      (await api(server, a.key)('GET', '/v1/dmarc/reports?domain=iso.example')).body.data.map((r: any) => [
        r.org_id,
        r.records[0].count,
      ]),
    ).toEqual([[a.orgId, 1]]);
    expect((await api(server, b.key)('GET', '/v1/dmarc/summary?domain=iso.example')).body.data.total_messages).toBe(9);
    const c = makeOrg(server);
    expect((await api(server, c.key)('GET', '/v1/dmarc/reports?domain=iso.example')).body.data).toEqual([]);
  });
});

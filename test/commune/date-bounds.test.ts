/**
 * Times a user supplies are checked before anything is stored: a time outside years 0000-9999 has
 * no ISO form, and storing one used to turn every later read of the row into a 500.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { expectNoViolations, startCommune, type Call } from './agents-helpers.js';

let server: MailsimServer;
let api: Call;

beforeAll(async () => {
  ({ server, api } = await startCommune({ rateLimits: false }));
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

const dmarc = (
  begin: number,
) => `<?xml version="1.0"?><feedback><report_metadata><org_name>x</org_name><email>d@x.test</email>
  <report_id>far-${begin}</report_id><date_range><begin>${begin}</begin><end>${begin}</end></date_range></report_metadata>
  <policy_published><domain>example.com</domain><p>none</p></policy_published>
  <record><row><source_ip>192.0.2.1</source_ip><count>1</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
  <identifiers><header_from>example.com</header_from></identifiers></record></feedback>`;

describe('out-of-range times', () => {
  test('an API key expiring past year 9999 is refused, and the key list keeps working', async () => {
    for (const expiresIn of [1e300, 300_000_000_000]) {
      const res = await api('POST', '/v1/agent/api-keys', { name: 'far', expiresIn });
      expect(res.status, String(expiresIn)).toBe(400);
      expect(res.body.error).toBe('invalid_expires_in');
    }
    expect((await api('GET', '/v1/agent/api-keys')).status).toBe(200);
  });

  test('a deletion "before" outside years 0000-9999 is a bad date, and nothing is stored', async () => {
    for (const before of ['-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
      const res = await api('POST', '/v1/data/deletion-request', { scope: 'messages', before });
      expect(res.status, before).toBe(400);
      expect(res.body).toEqual({ error: 'Invalid "before" date format. Use ISO 8601.' });
    }
    expect((await api('POST', '/v1/data/deletion-request', { scope: 'messages' })).status).toBe(201);
  });

  test('a DMARC report dated past year 9999 is refused, and the report list keeps working', async () => {
    const res = await api('POST', '/v1/dmarc/reports', dmarc(8_640_000_000_000), { 'content-type': 'application/xml' });
    expect(res.status).toBe(400);
    expect((await api('GET', '/v1/dmarc/reports?domain=example.com')).status).toBe(200);
  });
});

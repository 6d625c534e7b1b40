/**
 * A scenario applied to a chosen provider from any port (`POST /_mailsim/scenarios {name, provider}`),
 * as the web UI's "Apply to" does: its rules fail that provider's requests only, the same scenario
 * can be on for two providers at once, and a provider that is not running is a 400 naming those that are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import { client, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
const ctl = () => client(server.url('agentsend'), null);
const agentsend = () => client(server.url('agentsend'));
const gent = () => client(server.url('gent'), GENT_DEV_TOKEN);

beforeAll(async () => {
  server = await startTestServer({ ports: { agentsend: 0, gent: 0 }, rateLimits: false });
});
afterAll(async () => {
  await server.close();
});

describe('POST /_mailsim/scenarios with a provider', () => {
  it("applies the scenario's rules to that provider, not to the port's", async () => {
    const loaded = await ctl()('POST', '/_mailsim/scenarios', { name: '429-storm', provider: 'gent' });
    expect(loaded.status).toBe(201);
    expect(loaded.body.data[0]).toMatchObject({ id: '429-storm_gent_1', match: { provider: 'gent' } });
    expect((await gent()('GET', '/v1/messages/')).status).toBe(429);
    expect((await agentsend()('GET', '/inboxes')).status).toBe(200);
  });

  it('keeps the same scenario on for a second provider', async () => {
    const again = await ctl()('POST', '/_mailsim/scenarios', { name: '429-storm', provider: 'agentsend' });
    expect(again.status).toBe(201);
    const rules = (await ctl()('GET', '/_mailsim/faults')).body.data as { id: string; match: { provider: string } }[];
    expect(rules.map((r) => [r.id, r.match.provider])).toEqual([
      ['429-storm_gent_1', 'gent'],
      ['429-storm_agentsend_1', 'agentsend'],
    ]);
    expect((await agentsend()('GET', '/inboxes')).status).toBe(429);
    await ctl()('DELETE', '/_mailsim/faults');
  });

  it('refuses a provider that is not running, naming those that are', async () => {
    const res = await ctl()('POST', '/_mailsim/scenarios', { name: '429-storm', provider: 'commune' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('running: agentsend, gent');
    expect((await ctl()('GET', '/_mailsim/faults')).body.data).toEqual([]);
  });
});

/**
 * Commune checks the tier's inbox cap before its inbox-creation rate limiter, so a create refused by
 * the cap does not use up the day's creations (free tier: at most 2 inboxes, 2 creations a day).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import { addOrg, expectNoViolations, SHARED_DOMAIN_ID, startCommune } from './agents-helpers.js';

let server: MailsimServer;
let free: ReturnType<typeof client>;

beforeAll(async () => {
  ({ server } = await startCommune()); // every limiter on
  free = client(server.url('commune'), addOrg(server, { id: 'fa11fa11fa11fa11fa11fa11fa11fa11', tier: 'free' }));
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

describe('inbox cap before the creation limiter', () => {
  test("a create refused by the cap leaves the day's quota for a create after a delete", async () => {
    const first = await free('POST', '/v1/inboxes', { local_part: 'cap-one' });
    expect(first.status).toBe(201);
    // The second inbox fills the cap (2) without an API create: the quota stays at one left.
    server.engine.store.db
      .prepare(`INSERT INTO cm_inboxes (id, org_id, domain_id, local_part, local_part_lc, status, created_at, updated_at)
      VALUES ('11111111-2222-4333-8444-555555555555', 'fa11fa11fa11fa11fa11fa11fa11fa11', ?, 'cap-two', 'cap-two', 'active', ?, ?)`)
      .run(
        SHARED_DOMAIN_ID,
        new Date(server.engine.clock.nowMs()).toISOString(),
        new Date(server.engine.clock.nowMs()).toISOString(),
      );

    for (const name of ['cap-three', 'cap-four']) {
      const refused = await free('POST', '/v1/inboxes', { local_part: name });
      expect(refused.status, name).toBe(403);
      expect(refused.body.error).toBe('Inbox limit reached (2/2). Upgrade your plan to create more inboxes.');
    }
    expect((await free('DELETE', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${first.body.data.id}`)).status).toBe(200);
    const again = await free('POST', '/v1/inboxes', { local_part: 'cap-five' });
    expect(again.status).toBe(201);
  });
});

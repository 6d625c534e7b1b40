/**
 * The providers browser's curl for each Gent object, run as a user pastes it: Gent writes its paths
 * with a trailing slash and hyphens (`/v1/work-routes/`), reads a domain by its name, and refuses the
 * dev agent token on user-auth routes, so the curl logs in as the seeded user first there.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../helpers/server.js';
import { GENT_DEV_DOMAIN, GENT_DEV_INBOX_ID, startGent, type Gent } from './helpers.js';

const hasCurl = ['/usr/bin/curl', '/bin/curl'].some((p) => existsSync(p));

let g: Gent;
const ctl = () => client(g.base, null);

beforeAll(async () => {
  g = await startGent();
});
afterAll(async () => {
  await g.server.close();
});

interface TableInfo {
  name: string;
  itemPath: string | null;
  listPath: string | null;
  itemKey: string;
  itemCurl: string | null;
  listCurl: string | null;
}

async function tables(): Promise<Map<string, TableInfo>> {
  const res = await ctl()('GET', '/_mailsim/providers/gent');
  expect(res.status).toBe(200);
  return new Map((res.body.tables as TableInfo[]).map((t) => [t.name, t]));
}

/** Runs a curl as a shell would (asynchronously: the emulator answers in this process), returning its status. */
async function run(cmd: string): Promise<number> {
  const { stdout } = await promisify(execFile)('/bin/bash', ['-c', `${cmd} -o /dev/null -w '%{http_code}'`]);
  return Number(stdout);
}

describe('GET /_mailsim/providers/gent', () => {
  it("names Gent's routes as the contract writes them: trailing slash, hyphens, a domain by its name", async () => {
    const t = await tables();
    expect(t.get('gt_inboxes')).toMatchObject({ itemPath: '/v1/inboxes/{id}/', listPath: '/v1/inboxes/' });
    expect(t.get('gt_messages')).toMatchObject({ itemPath: '/v1/messages/{id}/', listPath: '/v1/messages/' });
    expect(t.get('gt_threads')).toMatchObject({ itemPath: '/v1/messages/threads/{id}/' });
    expect(t.get('gt_work_routes')).toMatchObject({ listPath: '/v1/work-routes/' });
    expect(t.get('gt_workflow_rules')).toMatchObject({ listPath: '/v1/workflows/' });
    expect(t.get('gt_domains')).toMatchObject({ itemPath: '/v1/domains/{id}/', itemKey: 'domain' });
    expect(t.get('gt_inboxes')!.itemCurl).toContain('Authorization: Bearer gent_');
    expect(t.get('gt_tokens')!.listCurl).toContain('/auth/login/');
  });

  it.skipIf(!hasCurl)(
    `gives curls that answer 200 when pasted into a shell${hasCurl ? '' : ' (skipped: no curl)'}`,
    async () => {
      const t = await tables();
      const item = (name: string, value: string): string =>
        t.get(name)!.itemCurl!.replace('{id}', encodeURIComponent(value));
      expect(await run(item('gt_inboxes', GENT_DEV_INBOX_ID))).toBe(200);
      expect(await run(item('gt_domains', GENT_DEV_DOMAIN))).toBe(200);
      for (const name of ['gt_inboxes', 'gt_domains', 'gt_tokens', 'gt_work_routes', 'gt_workflow_rules', 'gt_alerts'])
        expect([name, await run(t.get(name)!.listCurl!)]).toEqual([name, 200]);
    },
  );
});

/**
 * Migrations are append-only (src/MIGRATIONS.md), and a database written by the
 * previous release opens with this one:
 *  - every migration file is named and numbered as the store expects and its SHA-256 matches
 *    src/migrations.lock.json (an applied file that changes is never re-run, so the
 *    change would silently miss every existing database);
 *  - fixtures/db/previous.sql, a database made through the API by the previous release
 *    (scripts/make-upgrade-fixture.mjs), is restored, started, still answers with its data, and
 *    ends up with exactly the schema of a freshly migrated database.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_MIGRATIONS } from '../../src/engine/store.js';
import { PROVIDERS, loadProvider } from '../../src/providers/index.js';
import { startMailsim, type MailsimServer } from '../../src/server.js';
import { schemaOf } from '../helpers/schema.js';
import { client } from '../helpers/server.js';

const ROOT = join(__dirname, '..', '..');
const LOCK = join(ROOT, 'src/migrations.lock.json');
const FIXTURE = join(ROOT, 'fixtures/db');

interface Manifest {
  scopes: Record<string, { dir: string; files: Record<string, string> }>;
}
const manifest = JSON.parse(readFileSync(LOCK, 'utf8')) as Manifest;

/** Every scope the emulator migrates and the folder it reads: the engine's, then each provider's. */
async function migrationScopes(): Promise<Record<string, string>> {
  const scopes: Record<string, string> = { engine: relative(ROOT, ENGINE_MIGRATIONS) };
  for (const name of Object.keys(PROVIDERS)) scopes[name] = relative(ROOT, (await loadProvider(name)).migrationsDir);
  return scopes;
}

const sqlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.sql'))
    .sort();
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migration files', () => {
  it('are recorded in migrations.lock.json for every scope the emulator migrates, with its folder', async () => {
    const recorded = Object.fromEntries(Object.entries(manifest.scopes).map(([scope, s]) => [scope, s.dir]));
    expect(recorded).toEqual(await migrationScopes());
  });

  it('are named NNNN_name.sql and numbered 0001, 0002, … in each scope, without gaps or repeats', async () => {
    // The store skips a file with any other name, and a second file with a number it has seen.
    for (const dir of Object.values(await migrationScopes())) {
      const files = sqlFiles(dir);
      expect(
        files.filter((f) => !/^\d{4}_[a-z0-9_]+\.sql$/.test(f)),
        dir,
      ).toEqual([]);
      expect(
        files.map((f) => Number(f.slice(0, 4))),
        dir,
      ).toEqual(files.map((_, i) => i + 1));
    }
  });

  it('that are recorded have not changed or disappeared: an applied one is never edited, renamed or removed', () => {
    const problems: string[] = [];
    for (const { dir, files } of Object.values(manifest.scopes)) {
      for (const [file, hash] of Object.entries(files)) {
        const path = join(ROOT, dir, file);
        if (!existsSync(path)) problems.push(`${dir}/${file} is gone`);
        else if (sha256(path) !== hash) problems.push(`${dir}/${file} changed`);
      }
    }
    // Put the change in a new numbered file instead (see the migrations README).
    expect(problems).toEqual([]);
  });

  it('are all recorded (after adding one: npm run migrations:lock)', async () => {
    const unrecorded: string[] = [];
    for (const [scope, dir] of Object.entries(await migrationScopes())) {
      const recorded = manifest.scopes[scope]?.files ?? {};
      for (const file of sqlFiles(dir)) if (!(file in recorded)) unrecorded.push(`${dir}/${file}`);
    }
    expect(unrecorded).toEqual([]);
  });
});

// ── Upgrading a database written by the previous release ───────────────────────────────────────

interface Facts {
  clock: string;
  agentsend: {
    seedInboxId: string;
    inboxId: string;
    inboxAddress: string;
    inboxIdempotencyKey: string;
    sentMessageId: string;
    inboundMessageId: string;
    subject: string;
    webhookId: string;
    deliveries: { id: string; event: string }[];
  };
  commune: {
    seedInboxId: string;
    inboxId: string;
    inboxAddress: string;
    sendIdempotencyKey: string;
    sendBody: Record<string, string>;
    sent: unknown;
    inboundMessageId: string;
    subject: string;
    deliveryId: string;
  };
}
const facts = JSON.parse(readFileSync(join(FIXTURE, 'previous.json'), 'utf8')) as Facts;

/** Tables with their columns, indexes and foreign keys, plus triggers, views and applied migrations. */
describe('a database written by the previous release (fixtures/db/previous.sql)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-upgrade-'));
  const upgraded = join(dir, 'previous.db');
  const fresh = join(dir, 'fresh.db');
  const start = (db: string): Promise<MailsimServer> =>
    startMailsim({
      db,
      ports: { agentsend: 0, commune: 0 },
      smtp: false,
      logLevel: 'error',
      rateLimits: false,
      // Just after the fixture was made: its idempotency keys and daily counters are still current.
      clockFrozenAt: new Date(Date.parse(facts.clock) + 60_000).toISOString(),
    });
  let server: MailsimServer;
  let agentsend: ReturnType<typeof client>;
  let commune: ReturnType<typeof client>;

  beforeAll(async () => {
    const db = new Database(upgraded);
    db.exec(readFileSync(join(FIXTURE, 'previous.sql'), 'utf8'));
    db.close();
    server = await start(upgraded);
    agentsend = client(server.url('agentsend'), server.apiKeys.agentsend![0]!.key);
    commune = client(server.url('commune'), server.apiKeys.commune![0]!.key);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves AgentSend data as it was: inbox, sent and received message, webhook and its deliveries', async () => {
    const a = facts.agentsend;
    const inbox = (await agentsend('GET', `/inboxes/${a.inboxId}`)).body;
    expect(inbox).toMatchObject({ id: a.inboxId, address: a.inboxAddress });
    const sent = (await agentsend('GET', `/messages/${a.sentMessageId}`)).body;
    expect(sent).toMatchObject({ direction: 'outbound', status: 'sent', subject: a.subject });
    expect((await agentsend('GET', `/messages/${a.inboundMessageId}`)).body).toMatchObject({
      direction: 'inbound',
      inboxId: a.seedInboxId,
      subject: a.subject,
      fromAddress: a.inboxAddress,
    });
    expect((await agentsend('GET', `/webhooks/${a.webhookId}`)).status).toBe(200);
    for (const d of a.deliveries) {
      const delivery = (await agentsend('GET', `/_mailsim/webhooks/deliveries/${d.id}`)).body;
      expect(delivery).toMatchObject({ event: d.event, status: 'delivered' });
    }
  });

  it('replays an AgentSend Idempotency-Key stored before the upgrade', async () => {
    const key = { 'idempotency-key': facts.agentsend.inboxIdempotencyKey };
    const replay = await agentsend('POST', '/inboxes', { displayName: 'Upgrade fixture' }, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(facts.agentsend.inboxId);
  });

  it('serves Commune data as it was: inbound message, its webhook delivery, idempotent send and search', async () => {
    const c = facts.commune;
    const messages = (await commune('GET', `/v1/messages?inbox_id=${c.inboxId}`)).body.data as { message_id: string }[];
    expect(messages.map((m) => m.message_id)).toContain(c.inboundMessageId);
    const delivery = (await commune('GET', `/v1/webhooks/deliveries/${c.deliveryId}`)).body;
    expect(delivery).toMatchObject({ delivery: { status: 'delivered', inbox_id: c.inboxId } });
    const replay = await commune('POST', '/v1/messages/send', c.sendBody, { 'idempotency-key': c.sendIdempotencyKey });
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(replay.body).toEqual(c.sent);
    // The FTS5 index came through the dump as rows and was rebuilt from them.
    const hits = (await commune('GET', `/v1/search/threads?q=upgrade&inbox_id=${c.inboxId}`)).body.data as unknown[];
    expect(hits.length).toBeGreaterThan(0);
  });

  it('takes new writes on top of the old rows', async () => {
    expect((await agentsend('POST', '/inboxes', { displayName: 'after the upgrade' })).status).toBe(201);
    expect((await commune('POST', '/v1/inboxes', { local_part: 'after-upgrade', name: 'After' })).status).toBe(201);
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });

  it('ends with the schema of a fresh database: same tables, columns, indexes, triggers and migrations', async () => {
    await server.close();
    await (await start(fresh)).close();
    expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
  });
});

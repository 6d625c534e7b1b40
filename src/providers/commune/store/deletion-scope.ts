/**
 * What a data-deletion request covers, counted (preview) and deleted (execute), over the tables the
 * provider declares (tables.ts) rather than a fixed list, so a table is covered as soon as
 * it is declared (contracts/commune.md, "Data deletion"):
 *  - organization: every row of the organisation in every declared table, the org itself last;
 *  - inbox: the inbox, its messages with their attachments, and every row of a table with an
 *    `inbox_id` column for that inbox (delivery events, suppressions, webhook deliveries…);
 *  - messages: the organisation's messages (optionally of one inbox, optionally before a time)
 *    with their attachments.
 * Collections Commune has and mailsim does not (blocked spam, alerts, spam reports, audit logs,
 * sessions, verification tokens) count 0. Unlike Commune, an organisation-wide deletion removes
 * everything the organisation owns, its inboxes on the shared domain and its uploads included.
 */
import type { Db } from '../../../engine/store.js';
import { TABLES, type DeletionScope } from '../tables.js';

export const COUNT_KEYS = [
  'messages',
  'attachments',
  'domains',
  'inboxes',
  'webhook_deliveries',
  'delivery_events',
  'blocked_spam',
  'thread_metadata',
  'dmarc_reports',
  'alerts',
  'suppressions',
  'spam_reports',
  'audit_logs',
  'users',
  'api_keys',
  'sessions',
  'verification_tokens',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type DeletionCounts = Record<CountKey, number>;

export interface Target {
  orgId: string;
  scope: DeletionScope;
  inboxId: string | null;
  before: string | null;
}

/** Which declared table holds each counted collection (each Commune agent is backed by a user). */
const COUNTED_TABLES: Partial<Record<CountKey, string>> = {
  messages: 'cm_messages',
  attachments: 'cm_attachments',
  domains: 'cm_domains',
  inboxes: 'cm_inboxes',
  delivery_events: 'cm_delivery_events',
  thread_metadata: 'cm_thread_meta',
  dmarc_reports: 'cm_dmarc_reports',
  suppressions: 'cm_suppressions',
  api_keys: 'cm_api_keys',
  users: 'cm_agents',
};
/** Per-inbox webhook deliveries are found through this table (one row per engine delivery). */
const WEBHOOK_META = 'cm_webhook_meta';
/** Kept by every deletion: the request records what happened, as on Commune. */
const KEPT = new Set(['cm_deletion_requests']);
const PROVIDER = 'commune';

export function zeroCounts(): DeletionCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as DeletionCounts;
}

const columnsCache = new WeakMap<Db, Map<string, Set<string>>>();

/** The table's columns (empty when it does not exist), read once per database. */
function columns(db: Db, table: string): Set<string> {
  let byTable = columnsCache.get(db);
  if (!byTable) columnsCache.set(db, (byTable = new Map()));
  let cols = byTable.get(table);
  if (!cols) {
    cols = new Set(
      db
        .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
        .all()
        .map((c) => c.name),
    );
    byTable.set(table, cols);
  }
  return cols;
}

const exists = (db: Db, table: string): boolean => columns(db, table).size > 0;
const count = (db: Db, sql: string, ...args: unknown[]): number =>
  db.prepare<unknown[], { n: number }>(sql).get(...args)!.n;
const run = (db: Db, sql: string, ...args: unknown[]): number => db.prepare(sql).run(...args).changes;

/** The messages a target covers, as a WHERE clause over cm_messages. */
function messageFilter(t: Target): { where: string; args: unknown[] } {
  let where = 'org_id = ?';
  const args: unknown[] = [t.orgId];
  if (t.inboxId !== null) {
    where += ' AND inbox_id = ?';
    args.push(t.inboxId);
  }
  if (t.scope === 'messages' && t.before !== null) {
    where += ' AND created_at < ?';
    args.push(t.before);
  }
  return { where, args };
}

const attachmentsOf = (where: string) =>
  `org_id = ? AND message_id <> '' AND message_id IN (SELECT message_id FROM cm_messages WHERE ${where})`;

/** Declared tables holding per-inbox rows, other than the inbox table itself. */
const perInboxTables = (db: Db): string[] =>
  TABLES.map((t) => t.name).filter(
    (name) =>
      !KEPT.has(name) &&
      name !== 'cm_inboxes' &&
      name !== 'cm_messages' &&
      columns(db, name).has('inbox_id') &&
      columns(db, name).has('org_id'),
  );

const keyOfTable = (table: string): CountKey | undefined =>
  (Object.entries(COUNTED_TABLES).find(([, name]) => name === table)?.[0] as CountKey | undefined) ??
  (table === WEBHOOK_META ? 'webhook_deliveries' : undefined);

export function preview(db: Db, t: Target): DeletionCounts {
  const c = zeroCounts();
  if (t.scope === 'organization') {
    for (const [key, table] of Object.entries(COUNTED_TABLES) as [CountKey, string][]) {
      if (exists(db, table)) c[key] = count(db, `SELECT COUNT(*) AS n FROM ${table} WHERE org_id = ?`, t.orgId);
    }
    c.webhook_deliveries = count(
      db,
      'SELECT COUNT(*) AS n FROM webhook_deliveries WHERE provider = ? AND tenant = ?',
      PROVIDER,
      t.orgId,
    );
    return c;
  }
  const m = messageFilter(t);
  c.messages = count(db, `SELECT COUNT(*) AS n FROM cm_messages WHERE ${m.where}`, ...m.args);
  c.attachments = count(
    db,
    `SELECT COUNT(*) AS n FROM cm_attachments WHERE ${attachmentsOf(m.where)}`,
    t.orgId,
    ...m.args,
  );
  if (t.scope === 'inbox') {
    c.inboxes = 1;
    for (const table of perInboxTables(db)) {
      const key = keyOfTable(table);
      if (key)
        c[key] = count(db, `SELECT COUNT(*) AS n FROM ${table} WHERE org_id = ? AND inbox_id = ?`, t.orgId, t.inboxId);
    }
  }
  return c;
}

/**
 * Deletes what the target covers and returns the counts; call inside one transaction. The engine
 * keeps webhook deliveries and queued jobs in its own tables by provider and tenant; they go too,
 * so nothing keeps sending on behalf of deleted data.
 */
export function execute(db: Db, t: Target): DeletionCounts {
  return t.scope === 'organization' ? executeOrganization(db, t.orgId) : executeMessagesOrInbox(db, t);
}

function executeOrganization(db: Db, orgId: string): DeletionCounts {
  const c = preview(db, { orgId, scope: 'organization', inboxId: null, before: null });
  run(db, 'DELETE FROM webhook_deliveries WHERE provider = ? AND tenant = ?', PROVIDER, orgId);
  run(db, 'DELETE FROM jobs WHERE provider = ? AND tenant = ?', PROVIDER, orgId);
  // Children first (tables are declared parent first).
  for (const table of [...TABLES].reverse()) {
    if (!table.tenantColumn || KEPT.has(table.name)) continue;
    run(db, `DELETE FROM ${table.name} WHERE ${table.tenantColumn} = ?`, orgId);
  }
  return c;
}

function executeMessagesOrInbox(db: Db, t: Target): DeletionCounts {
  const c = zeroCounts();
  const m = messageFilter(t);
  c.attachments = run(db, `DELETE FROM cm_attachments WHERE ${attachmentsOf(m.where)}`, t.orgId, ...m.args);
  c.messages = run(db, `DELETE FROM cm_messages WHERE ${m.where}`, ...m.args);
  if (t.scope !== 'inbox') return c;
  if (exists(db, WEBHOOK_META)) {
    run(
      db,
      `DELETE FROM webhook_deliveries WHERE provider = ? AND tenant = ?
        AND id IN (SELECT delivery_id FROM ${WEBHOOK_META} WHERE org_id = ? AND inbox_id = ?)`,
      PROVIDER,
      t.orgId,
      t.orgId,
      t.inboxId,
    );
  }
  for (const table of perInboxTables(db)) {
    const deleted = run(db, `DELETE FROM ${table} WHERE org_id = ? AND inbox_id = ?`, t.orgId, t.inboxId);
    const key = keyOfTable(table);
    if (key) c[key] = deleted;
  }
  c.inboxes = run(db, 'DELETE FROM cm_inboxes WHERE org_id = ? AND id = ?', t.orgId, t.inboxId);
  return c;
}

/**
 * The running providers as the control plane knows them, generically: no provider is named here.
 *   GET /_mailsim/providers                         base URL, dev API keys, a ready curl
 *   GET /_mailsim/providers/:name                   its tables with row counts (per tenant), and API paths
 *   GET /_mailsim/providers/:name/tables/:table     a table's rows as stored, newest first
 * The tables are those a provider declares for reset (`ProviderDefinition.tables`), so what is
 * shown is what is stored, not the API's wire format; each table's API route (from the contract)
 * gives the wire view with a curl.
 */
import type { Operation } from '../engine/contract.js';
import type { Engine, ProviderEntry } from '../engine/engine.js';
import type { Handler, ProviderTable, SeedSummary } from '../engine/provider.js';
import { controlErrors } from './errors.js';

/** The curl mailsim prints at start and the UI offers: a read-only request with a dev key. */
export function exampleCurl(baseUrl: string, path: string, key: string): string {
  return `curl -s ${baseUrl}${path} -H "Authorization: Bearer ${key}"`;
}

type Login = NonNullable<SeedSummary['sessionLogin']>;

/** A curl for a route only a user's session may call: log the seeded user in, then call it. */
function sessionCurl(baseUrl: string, path: string, login: Login): string {
  const body = JSON.stringify(login.body);
  const token = `node -pe 'JSON.parse(require("fs").readFileSync(0)).${login.tokenField}'`;
  return (
    `TOKEN=$(curl -s -X POST ${baseUrl}${login.path} -H 'content-type: application/json' -d '${body}' | ${token}); ` +
    `curl -s ${baseUrl}${path} -H "Authorization: Bearer $TOKEN"`
  );
}

/** The ready curl for one GET operation, with the credential it takes (null when there is none to offer). */
function curlFor(engine: Engine, entry: ProviderEntry, op: Operation, path: string): string | null {
  const baseUrl = engine.baseUrl(entry.def.name) ?? entry.services.baseUrl();
  const login = entry.seed?.sessionLogin;
  if (login && entry.def.needsSession?.(op)) return sessionCurl(baseUrl, path, login);
  const key = entry.seed?.apiKeys[0]?.key;
  return key ? exampleCurl(baseUrl, path, key) : null;
}

function providerInfo(engine: Engine, entry: ProviderEntry) {
  const { def } = entry;
  const baseUrl = engine.baseUrl(def.name) ?? entry.services.baseUrl();
  const devKeys = (entry.seed?.apiKeys ?? []).map(({ label, key }) => ({ label, key }));
  const key = devKeys[0]?.key;
  return {
    name: def.name,
    title: def.title,
    baseUrl,
    inboxesPath: def.inboxesPath ?? null,
    devKeys,
    notes: entry.seed?.notes ?? [],
    examplePath: def.examplePath,
    curl: key ? exampleCurl(baseUrl, def.examplePath, key) : null,
  };
}

/** A path's resource segments, compared without a trailing slash and with `-` read as `_`. */
const segments = (path: string): string => path.replace(/\/$/, '').replace(/-/g, '_');

/**
 * The provider API's GET route for one object of a table and for the list, when the contract has
 * exactly one of each: `as_inboxes` → `/inboxes/{id}` and `/inboxes` (the table's name without its
 * provider prefix is the path's last resource segment), Gent's `gt_work_routes` →
 * `/v1/work-routes/`. The item path keeps the contract's trailing slash; its parameter becomes
 * `{id}`, filled from the row's `itemKey` column. Each comes with a ready curl.
 */
function apiPaths(
  engine: Engine,
  entry: ProviderEntry,
  table: ProviderTable,
): {
  itemPath: string | null;
  listPath: string | null;
  itemKey: string;
  itemCurl: string | null;
  listCurl: string | null;
} {
  const stem = table.api?.resource ?? table.name.replace(/^[a-z0-9]+_/, '');
  const gets = entry.contract.operations.filter((op) => op.method === 'GET');
  const items = gets.filter(
    (op) => op.paramNames.length === 1 && segments(op.path).endsWith(`/${stem}/{${op.paramNames[0]}}`),
  );
  const lists = gets.filter((op) => op.paramNames.length === 0 && segments(op.path).endsWith(`/${stem}`));
  const item = items.length === 1 ? items[0]! : null;
  const list = lists.length === 1 ? lists[0]! : null;
  const itemPath = item ? item.path.replace(/\{[^}]+\}(\/?)$/, '{id}$1') : null;
  return {
    itemPath,
    listPath: list?.path ?? null,
    itemKey: table.api?.key ?? 'id',
    itemCurl: item && itemPath ? curlFor(engine, entry, item, itemPath) : null,
    listCurl: list ? curlFor(engine, entry, list, list.path) : null,
  };
}

/** A stored value as JSON: blobs as their size (attachment bytes are not for a table view). */
const shown = (v: unknown): unknown => (Buffer.isBuffer(v) ? `<${v.length} bytes>` : v);

export function providerHandlers(engine: Engine): Record<string, Handler> {
  const entryOf = (name: string): ProviderEntry => {
    const entry = engine.provider(name);
    if (!entry)
      throw controlErrors.notFound(`provider ${name} is not running (running: ${engine.providerNames().join(', ')})`);
    return entry;
  };
  const db = engine.store.db;
  const count = (table: string, where: string, args: unknown[]): number =>
    (db.prepare(`SELECT COUNT(*) AS n FROM ${table} ${where}`).get(...args) as { n: number }).n;

  return {
    listProviders: () => ({
      status: 200,
      body: {
        data: engine.providerNames().map((n) => providerInfo(engine, entryOf(n))),
        smtp: engine.plane.smtpInfo(),
      },
    }),
    getProvider: (_ctx, { params, query }) => {
      const entry = entryOf(params.name);
      const tenant = typeof query.tenant === 'string' && query.tenant !== '' ? query.tenant : null;
      const tables = entry.def.tables.map((t) => {
        const scoped = tenant !== null && t.tenantColumn !== null;
        return {
          name: t.name,
          tenantColumn: t.tenantColumn,
          rows: count(t.name, scoped ? `WHERE ${t.tenantColumn} = ?` : '', scoped ? [tenant] : []),
          ...apiPaths(engine, entry, t),
        };
      });
      const tenantTable = entry.def.tables.find((t) => t.tenantColumn === 'id')?.name ?? null;
      return { status: 200, body: { ...providerInfo(engine, entry), tenantTable, tables } };
    },
    listProviderRows: (_ctx, { params, query }) => {
      const entry = entryOf(params.name);
      // Only a table the provider declares is ever named in SQL.
      const table = entry.def.tables.find((t) => t.name === params.table);
      if (!table)
        throw controlErrors.notFound(
          `${params.name} has no table ${params.table} (${entry.def.tables.map((t) => t.name).join(', ')})`,
        );
      const tenant = typeof query.tenant === 'string' && query.tenant !== '' ? query.tenant : null;
      const scoped = tenant !== null && table.tenantColumn !== null;
      const where = scoped ? `WHERE ${table.tenantColumn} = ?` : '';
      const args = scoped ? [tenant] : [];
      const limit = query.limit as number;
      const offset = query.offset as number;
      const rows = db
        .prepare(`SELECT * FROM ${table.name} ${where} ORDER BY rowid DESC LIMIT ? OFFSET ?`)
        .all(...args, limit, offset) as Record<string, unknown>[];
      const data = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, shown(v)])));
      return { status: 200, body: { data, total: count(table.name, where, args), limit, offset } };
    },
  };
}

/**
 * The tenant matrix's machinery: what tenant A owns (its rows in the provider's tenant tables), a
 * fingerprint of those rows to detect any write, and every operation called by tenant B with A's ids
 * in the path, the query and the body (and A's addresses as the sender).
 */
import { createHash } from 'node:crypto';
import type { Contract, Operation } from '../../src/engine/contract.js';
import { NEVER_ENDING } from '../../src/harness/fuzz/apis.js';
import { jsonBodySchema, resolveRef, sampleOf } from '../../src/harness/fuzz/samples.js';
import type { MailsimServer } from '../../src/server.js';

export interface Tables {
  readonly tables: readonly { name: string; tenantColumn: string | null }[];
}

type Row = Record<string, unknown>;

/** Every row tenant `tenant` owns in the provider's tenant tables, by table. */
export function ownedRows(server: MailsimServer, def: Tables, tenant: string): Map<string, Row[]> {
  const db = server.engine.store.db;
  const out = new Map<string, Row[]>();
  for (const t of def.tables) {
    if (!t.tenantColumn) continue;
    out.set(
      t.name,
      db.prepare(`SELECT * FROM ${t.name} WHERE ${t.tenantColumn} = ? ORDER BY rowid`).all(tenant) as Row[],
    );
  }
  return out;
}

export function fingerprint(rows: Map<string, Row[]>): string {
  return createHash('sha256')
    .update(JSON.stringify([...rows], (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
    .digest('hex');
}

/** The strings that name tenant A's things: ids, addresses and emails in its rows. */
export function identifiers(rows: Map<string, Row[]>): { ids: string[]; addresses: string[] } {
  const ids = new Set<string>();
  const addresses = new Set<string>();
  for (const list of rows.values()) {
    for (const row of list) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || value.length < 6) continue;
        if (column === 'id') ids.add(value);
        if (/address|email/.test(column) && value.includes('@')) addresses.add(value);
      }
    }
  }
  return { ids: [...ids], addresses: [...addresses] };
}

export interface MatrixRequest {
  method: string;
  path: string;
  body?: unknown;
}

const ID_NAME = /(^id$|_id$|Id$|_ids$|Ids$)/;
const SENDER_NAME = /^(from|sender|reply_?to|replyTo)$/i;
const RECIPIENT_NAME = /^(to|cc|bcc)$/i;

/** The requests tenant B makes with one of A's ids: every operation, the id wherever an id goes. */
export function requestsWith(contract: Contract, id: string, address: string): MatrixRequest[] {
  const out: MatrixRequest[] = [];
  // Deletions, logouts and key rotations last, so B's own credentials and resources last as long as possible.
  const last = (op: Operation): number => (/logout|revoke|rotate/i.test(op.path) ? 2 : op.method === 'DELETE' ? 1 : 0);
  const ops = [...contract.operations].sort((a, b) => last(a) - last(b));
  for (const op of ops) {
    if (NEVER_ENDING.includes(op.id)) continue;
    out.push(requestFor(contract, op, id, address));
  }
  return out;
}

function requestFor(contract: Contract, op: Operation, id: string, address: string): MatrixRequest {
  const path = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
  const query = op.parameters
    .filter((p) => p.in === 'query' && ID_NAME.test(p.name))
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(id)}`)
    .join('&');
  const schema =
    op.method === 'GET' || op.method === 'DELETE' ? undefined : jsonBodySchema(contract.document, op.path, op.method);
  const fill = (name: string, sub: Record<string, unknown>): unknown => {
    const isArray = sub.type === 'array';
    if (ID_NAME.test(name)) return isArray ? [id] : id;
    if (SENDER_NAME.test(name)) return address;
    if (RECIPIENT_NAME.test(name)) return isArray ? ['outside@example.org'] : 'outside@example.org';
    return undefined;
  };
  const body = schema ? sampleOf(contract.document, schema, fill) : undefined;
  // Optional id fields too (inbox_id, thread_id…): the body names A's resource wherever it can.
  if (body && typeof body === 'object' && !Array.isArray(body) && schema) {
    const props = (resolveRef(contract.document, schema)?.properties ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(props)) {
      if (ID_NAME.test(name) && !(name in body)) (body as Record<string, unknown>)[name] = id;
      if (SENDER_NAME.test(name) && !(name in body)) (body as Record<string, unknown>)[name] = address;
    }
  }
  return { method: op.method, path: query ? `${path}?${query}` : path, ...(body !== undefined ? { body } : {}) };
}

/** A's identifiers that appear in an answer to B but never in what B sent itself: each one a leak. */
export function leaked(answer: string, sentByB: string, markers: readonly string[]): string[] {
  return markers.filter((m) => answer.includes(m) && !sentByB.includes(m));
}

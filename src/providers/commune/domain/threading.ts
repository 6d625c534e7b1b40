/**
 * How emails find their thread (shared/providers/commune.md §6). Threads are grouped by id only,
 * never by subject:
 *   outbound: the caller's thread_id, else a new `thread_<uuid>`; Reply-To carries a routing tag
 *     `{local}+t<12 hex>@{domain}` (12 hex of HMAC-SHA256(secret, thread_id));
 *   inbound: (1) the routing tag in the recipient, (2) a stored message named by References or
 *     In-Reply-To, (5) else the inbound message's own id. Steps (3)/(4) of the real server (the raw
 *     first reference, then In-Reply-To) are left out, as the contract's ThreadId describes.
 */
import { createHmac } from 'node:crypto';
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { threadOfMessageIds } from '../store/messages.js';

const ROUTING_TAG = /^t[0-9a-f]{12}$/;
/** Old plus-address tags carried the conversation id itself. */
const LEGACY_TAG = /^conv_[A-Za-z0-9_-]+$/;

function routingSecret(services: Pick<EngineServices, 'store' | 'ids'>): string {
  const db = services.store.db;
  const read = () => db.prepare("SELECT value FROM cm_meta WHERE key = 'thread_routing_secret'").get() as { value: string } | undefined;
  const row = read();
  if (row) return row.value;
  db.prepare("INSERT INTO cm_meta (key, value) VALUES ('thread_routing_secret', ?) ON CONFLICT(key) DO NOTHING").run(services.ids.hex(32));
  return read()!.value;
}

export function routingToken(services: Pick<EngineServices, 'store' | 'ids'>, threadId: string): string {
  return `t${createHmac('sha256', routingSecret(services)).update(threadId).digest('hex').slice(0, 12)}`;
}

/** `local+tag@domain` → { local, tag, domain } (tag null without a plus). */
export function splitAddress(address: string): { local: string; tag: string | null; domain: string } | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const localFull = address.slice(0, at);
  const plus = localFull.indexOf('+');
  return { local: plus >= 0 ? localFull.slice(0, plus) : localFull, tag: plus >= 0 ? localFull.slice(plus + 1) : null, domain: address.slice(at + 1) };
}

/** `Name <a@b>`, `<a@b>` or `a@b` → `a@b`. */
export function bareAddress(address: string): string {
  const m = /<([^<>]+)>/.exec(address);
  return (m ? m[1]! : address).trim();
}

export function newThreadId(services: Pick<EngineServices, 'ids'>): string {
  return `thread_${services.ids.uuid()}`;
}

function threadOfRoutingTag(db: Db, orgId: string, tag: string): string | null {
  if (LEGACY_TAG.test(tag)) return tag;
  if (!ROUTING_TAG.test(tag)) return null;
  const row = db.prepare(`SELECT thread_id FROM cm_messages WHERE org_id = ? AND direction = 'outbound' AND json_extract(metadata, '$.routing_token') = ?
    ORDER BY seq LIMIT 1`).get(orgId, tag) as { thread_id: string } | undefined;
  return row?.thread_id ?? null;
}

/** The thread an inbound email belongs to in the organisation. */
export function inboundThreadId(db: Db, o: { orgId: string; tag: string | null; references: string[]; inReplyTo: string | null; ownMessageId: string }): string {
  if (o.tag) {
    const byTag = threadOfRoutingTag(db, o.orgId, o.tag.toLowerCase().startsWith('conv_') ? o.tag : o.tag.toLowerCase());
    if (byTag) return byTag;
  }
  const byHeaders = threadOfMessageIds(db, o.orgId, [...o.references, ...(o.inReplyTo ? [o.inReplyTo] : [])]);
  return byHeaders ?? o.ownMessageId;
}

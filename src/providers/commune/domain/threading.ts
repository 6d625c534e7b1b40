/**
 * How emails find their thread (contracts/commune.md, "Threading"). Threads are grouped by id only,
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
import { threadOfMessageIds, threadOfRoutingToken } from '../store/messages.js';
import { insertMetaValueOnce, metaValue } from '../store/meta.js';

const ROUTING_TAG = /^t[0-9a-f]{12}$/;
const ROUTING_SECRET = 'thread_routing_secret';
/** Old plus-address tags carried the conversation id itself. */
const LEGACY_TAG = /^conv_[A-Za-z0-9_-]+$/;

function routingSecret(services: Pick<EngineServices, 'store' | 'ids'>): string {
  const db = services.store.db;
  const existing = metaValue(db, ROUTING_SECRET);
  if (existing) return existing;
  insertMetaValueOnce(db, ROUTING_SECRET, services.ids.hex(32));
  return metaValue(db, ROUTING_SECRET)!;
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
  return {
    local: plus >= 0 ? localFull.slice(0, plus) : localFull,
    tag: plus >= 0 ? localFull.slice(plus + 1) : null,
    domain: address.slice(at + 1),
  };
}

export function newThreadId(services: Pick<EngineServices, 'ids'>): string {
  return `thread_${services.ids.uuid()}`;
}

function threadOfRoutingTag(db: Db, orgId: string, tag: string): string | null {
  if (LEGACY_TAG.test(tag)) return tag;
  if (!ROUTING_TAG.test(tag)) return null;
  return threadOfRoutingToken(db, orgId, tag);
}

/** The thread an inbound email belongs to in the organisation. */
export function inboundThreadId(
  db: Db,
  o: { orgId: string; tag: string | null; references: string[]; inReplyTo: string | null; ownMessageId: string },
): string {
  if (o.tag) {
    const byTag = threadOfRoutingTag(
      db,
      o.orgId,
      o.tag.toLowerCase().startsWith('conv_') ? o.tag : o.tag.toLowerCase(),
    );
    if (byTag) return byTag;
  }
  const headerIds = [...o.references, ...(o.inReplyTo ? [o.inReplyTo] : [])].filter(Boolean);
  const wanted = [...new Set(headerIds.map(normaliseMessageId))];
  const byHeaders = threadOfMessageIds(db, o.orgId, wanted);
  return byHeaders ?? o.ownMessageId;
}

/** `<id@host>` whatever brackets and case the header had. */
export function normaliseMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '').trim();
  return `<${bare}>`;
}

/** Messages: send (202, delivered by a durable job through the mail plane) and list by filter. */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { clampInt, str } from '../domain/query.js';
import { acceptSend, type SendBody } from '../domain/send-request.js';
import type { MessageRow } from '../tables.js';
import { bareAddress } from '../domain/threading.js';
import { messageJson } from '../wire.js';

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;

const sendMessage: Handler = (ctx, { body }) => {
  const out = acceptSend(ctx, body as SendBody);
  return { status: 202, body: { data: { id: out.id, thread_id: out.threadId, status: 'queued' } } };
};

const listMessages: Handler = (ctx, { query }) => {
  const tenant = principalOf(ctx).tenant;
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  const sender = str(query.sender);
  if (!inboxId && !domainId && !sender) throw errors.plain(400, 'Provide at least one filter: sender, domain_id, or inbox_id');
  const where = ['org_id = ?'];
  const args: unknown[] = [tenant];
  // One filter, in Commune's precedence: inbox, then domain, then sender.
  if (inboxId) { where.push('inbox_id = ?'); args.push(inboxId); }
  else if (domainId) { where.push('domain_id = ?'); args.push(domainId); }
  else { where.push('sender = ?'); args.push(bareAddress(sender!).toLowerCase()); }
  // ISO strings of one format compare like times, which is how Commune compares them.
  const before = str(query.before);
  const after = str(query.after);
  if (before) { where.push('created_at < ?'); args.push(before); }
  if (after) { where.push('created_at > ?'); args.push(after); }
  const dir = query.order === 'asc' ? 'ASC' : 'DESC';
  const limit = clampInt(query.limit, 50, 1, 1000);
  const rows = ctx.store.db.prepare(`SELECT * FROM cm_messages WHERE ${where.join(' AND ')} ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`).all(...args, limit) as MessageRow[];
  return { status: 200, body: { data: rows.map((r) => messageJson(r)) } };
};

export const handlers: Record<string, Handler> = { sendMessage, listMessages };

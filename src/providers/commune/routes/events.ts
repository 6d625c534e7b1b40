/**
 * GET /v1/events/stream: Server-Sent Events for the organisation. An ack frame first, then one
 * `email.received` frame per inbound email (what Commune intends; its own server, as written,
 * only sends the ack and heartbeats), and a `: heartbeat` comment every 30 s.
 */
import { str } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { eventBus } from '../domain/event-bus.js';
import { communeSettings } from '../domain/settings.js';

export const STREAM_EVENT_TYPES = ['email.received', 'email.sent', 'sms.received', 'sms.sent', 'sms.status_updated'];
const DEFAULT_HEARTBEAT_MS = 30_000;

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

function wantedTypes(raw: string | undefined): Set<string> {
  if (typeof raw !== 'string' || raw.trim() === '') return new Set(STREAM_EVENT_TYPES);
  const picked = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => STREAM_EVENT_TYPES.includes(s));
  if (!picked.length)
    throw errors.plain(400, `No valid event types specified. Valid types: ${STREAM_EVENT_TYPES.join(', ')}`);
  return new Set(picked);
}

const streamEvents: CommuneHandler<'streamEvents'> = (ctx, { query }) => {
  const orgId = ctx.caller.tenant;
  const types = wantedTypes(str(query.events));
  const inboxId = str(query.inbox_id) ?? null;
  const heartbeatMs = communeSettings(ctx).streamHeartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  return {
    status: 200,
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
    stream: (channel) => {
      channel.write(frame('connection.ack', { connected: true, org_id: orgId }));
      const unsubscribe = eventBus(ctx.store).subscribe((e) => {
        if (e.orgId !== orgId || !types.has(e.type) || (inboxId && e.data.inbox_id !== inboxId)) return;
        channel.write(frame(e.type, e.data));
      });
      // Wall-clock keep-alive for proxies: a transport concern, not emulated time.
      const heartbeat = setInterval(() => channel.write(': heartbeat\n\n'), heartbeatMs);
      heartbeat.unref();
      channel.onClose(() => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  };
};

export const handlers = { streamEvents } satisfies Partial<CommuneHandlers>;

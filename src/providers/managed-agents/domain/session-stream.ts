/**
 * A session's live event stream as server-sent events: `event: <type>`, `id: <seq>`, `data: <json>`
 * per stored event, `event: ping` to keep proxies from closing it, preview frames (`event_start`,
 * `event_delta`, without `id:`) only for the event types the client asked deltas for. Nothing from
 * before the stream opened unless asked: `Last-Event-ID` resumes after that seq, `replay` sends
 * the whole log first. The log is read and the bus subscribed in the same synchronous step, so a
 * resumed stream neither misses nor repeats an event. One code path serves the session-level stream
 * (the primary thread's view) and a child thread's stream (`thread`: only that thread's own log
 * and previews); contracts/managed-agents.md §Threads.
 */
import type { Store } from '../../../engine/store.js';
import type { StreamChannel } from '../../../engine/provider.js';
import { type LogView, eventsAfter } from '../store/session-events.js';
import { type BusMessage, sessionBus } from './session-bus.js';

/** Wall-clock keep-alive for proxies: a transport concern, not emulated time. */
export const DEFAULT_PING_MS = 15_000;

export interface StreamOptions {
  sessionId: string;
  /** The child thread whose log to stream; null for the session-level (primary) stream. */
  thread: string | null;
  deltas: ReadonlySet<string>;
  /** Replay the log after this seq first (0: all of it); null: live events only. */
  afterSeq: number | null;
  pingMs: number;
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

const frame = (event: string, data: unknown, id?: number): string =>
  `event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;

export function openSessionStream(store: Store, channel: StreamChannel, o: StreamOptions): void {
  let lastSeq = 0;
  const view: LogView = { thread: o.thread };
  const shows = (threadId: string | null, onPrimary: boolean): boolean =>
    o.thread === null ? onPrimary : threadId === o.thread;
  const send = (m: BusMessage): void => {
    if (m.kind === 'event') {
      if (m.seq <= lastSeq || !shows(m.threadId, m.onPrimary)) return;
      lastSeq = m.seq;
      channel.write(frame(String(m.event.type), m.event, m.seq));
    } else if (m.kind === 'preview') {
      if (o.deltas.has(m.of) && m.threadId === o.thread) channel.write(frame(String(m.frame.type), m.frame));
    } else {
      channel.write(frame('session.deleted', m.event));
      channel.end();
    }
  };
  const unsubscribe = sessionBus(store).subscribe(o.sessionId, send);
  if (o.afterSeq !== null) {
    for (const row of eventsAfter(store.db, o.sessionId, o.afterSeq, view)) {
      const event = JSON.parse(row.body) as Record<string, unknown>;
      const place = { threadId: row.thread_id, onPrimary: row.on_primary === 1 };
      send({ kind: 'event', sessionId: o.sessionId, seq: row.seq, event, ...place });
    }
  }
  const ping = setInterval(() => channel.write(frame('ping', {})), o.pingMs);
  ping.unref();
  channel.onClose(() => {
    clearInterval(ping);
    unsubscribe();
  });
}

/**
 * `GET /_mailsim/events`: what changes, as server-sent events, for the UI and for scripts. Each
 * engine part tells its own listeners (the sink, the journal, the outbox, the clock, the fault
 * rules, resets); this module turns those into frames. Frames are written in batches, once per
 * turn of the event loop; a client that falls far behind gets `resync` instead of an ever-growing
 * buffer, and reads afresh.
 */
import type { Engine } from '../engine/engine.js';
import type { JournalEvent } from '../engine/journal.js';
import type { Handler, StreamChannel } from '../engine/provider.js';
import type { DeliveryChange } from '../engine/webhooks.js';
import { mailSummary } from './mail.js';
import { healthBody } from './state.js';
import { journalSummary } from './traffic.js';
import { deliveryJson } from './webhooks.js';

export const TOPICS = ['mail', 'requests', 'webhooks', 'clock', 'faults', 'reset'] as const;
type Topic = (typeof TOPICS)[number];

/** Frames waiting to be written, at most; past that the client is told to resync. */
const MAX_PENDING = 2000;
/** Wall-clock keep-alive for proxies: a transport concern, not emulated time. */
const HEARTBEAT_MS = 15_000;

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Queues frames and writes them together on the next turn of the event loop. */
function batched(channel: StreamChannel): { send: (event: string, data: unknown) => void; stop: () => void } {
  let pending: string[] = [];
  let overflowed = false;
  let timer: NodeJS.Immediate | null = null;
  const flush = (): void => {
    timer = null;
    const out = overflowed ? frame('resync', { reason: 'the client fell behind' }) : pending.join('');
    pending = [];
    overflowed = false;
    channel.write(out);
  };
  return {
    send(event, data) {
      if (overflowed) return;
      if (pending.length >= MAX_PENDING) overflowed = true;
      else pending.push(frame(event, data));
      timer ??= setImmediate(flush);
    },
    stop() {
      if (timer) clearImmediate(timer);
    },
  };
}

/** Subscribes `send` to the engine parts of the topics wanted; returns what unsubscribes. */
function subscribe(
  engine: Engine,
  topics: ReadonlySet<Topic>,
  send: (event: string, data: unknown) => void,
): (() => void)[] {
  const off: (() => void)[] = [];
  const sink = engine.plane.sink;
  if (topics.has('mail')) {
    const stored = (id: string): void => {
      const row = sink.get(id);
      if (row) send('mail', { type: 'stored', message: mailSummary(row) });
    };
    const deleted = (id: string): void => send('mail', { type: 'deleted', id });
    const cleared = (scope: { provider?: string }): void =>
      send('mail', { type: 'cleared', provider: scope.provider ?? null });
    sink.on('stored', stored).on('deleted', deleted).on('cleared', cleared);
    off.push(() => sink.off('stored', stored).off('deleted', deleted).off('cleared', cleared));
  }
  if (topics.has('requests')) {
    off.push(
      engine.journal.changes.on((e: JournalEvent) =>
        send('request', e.kind === 'added' ? journalSummary(e.entry) : { cleared: true }),
      ),
    );
  }
  if (topics.has('webhooks')) {
    off.push(
      engine.outbox.changes.on((c: DeliveryChange) => {
        if (c.id === null) return send('webhook', { type: c.kind, provider: c.provider });
        const found = engine.outbox.get(c.id);
        if (found) send('webhook', { type: c.kind, delivery: deliveryJson(found.delivery) });
      }),
    );
  }
  if (topics.has('clock')) off.push(engine.clock.onChange(() => send('clock', engine.clock.state())));
  if (topics.has('faults')) {
    const rules = () => ({ data: engine.faults.list(), seed: engine.faults.currentSeed });
    off.push(engine.faults.changes.on(() => send('faults', rules())));
  }
  if (topics.has('reset')) off.push(engine.resets.on((r) => send('reset', r)));
  return off;
}

export function eventHandlers(engine: Engine, provider: string): Record<string, Handler> {
  return {
    streamControlEvents: (_ctx, { query }) => {
      const wanted = typeof query.topics === 'string' && query.topics !== '' ? query.topics.split(',') : TOPICS;
      const topics = new Set(wanted as Topic[]);
      return {
        status: 200,
        headers: {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        },
        stream: (channel) => {
          const out = batched(channel);
          channel.write(
            `retry: 2000\n${frame('hello', { ...healthBody(engine, provider), clock: engine.clock.state() })}`,
          );
          const off = subscribe(engine, topics, out.send);
          const heartbeat = setInterval(() => channel.write(': keep-alive\n\n'), HEARTBEAT_MS);
          heartbeat.unref();
          channel.onClose(() => {
            clearInterval(heartbeat);
            out.stop();
            for (const unsubscribe of off) unsubscribe();
          });
        },
      };
    },
  };
}

/**
 * The live feed: `GET /_mailsim/events` read with fetch (EventSource cannot send the token
 * header), split into server-sent events and handed to whoever subscribed to their name.
 * Reconnects after a drop; on reconnect and on `resync`, views read afresh.
 */
import { authHeaders, reportUnauthorized } from './api';

export type EventName = 'hello' | 'mail' | 'request' | 'webhook' | 'clock' | 'faults' | 'reset' | 'resync';
type Listener = (data: any) => void;

const listeners = new Map<EventName, Set<Listener>>();
const statusListeners = new Set<(live: boolean) => void>();
let live = false;

/** Subscribes to one event name; returns the unsubscribe function (a useEffect cleanup). */
export function on(name: EventName, fn: Listener): () => void {
  let set = listeners.get(name);
  if (!set) listeners.set(name, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

export function onStatus(fn: (live: boolean) => void): () => void {
  statusListeners.add(fn);
  fn(live);
  return () => statusListeners.delete(fn);
}

function dispatch(name: string, data: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return;
  }
  for (const fn of listeners.get(name as EventName) ?? []) fn(parsed);
}

function setLive(value: boolean): void {
  live = value;
  for (const fn of statusListeners) fn(value);
}

/** One SSE block (`event:` and `data:` lines) → its name and data. */
function parseBlock(block: string): { name: string; data: string } | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return data.length ? { name, data: data.join('\n') } : null;
}

async function readStream(signal: AbortSignal): Promise<void> {
  const res = await fetch('/_mailsim/events', { headers: { accept: 'text/event-stream', ...authHeaders() }, signal });
  if (res.status === 401) reportUnauthorized();
  if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (!event) continue;
      if (event.name === 'hello') setLive(true);
      dispatch(event.name, event.data);
    }
  }
}

/** Keeps the feed open for the life of the page. */
export function connect(): () => void {
  const stop = new AbortController();
  let delay = 500;
  const loop = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      try {
        await readStream(stop.signal);
        delay = 500;
      } catch {
        // dropped or refused: try again, more slowly each time
      }
      setLive(false);
      if (stop.signal.aborted) return;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
      dispatch('resync', '{}');
    }
  };
  void loop();
  return () => stop.abort();
}

/**
 * In-process fan-out of session events to the open event streams. One bus per store, so several
 * emulators in one process (tests) never see each other's sessions. The runtime and the handlers
 * publish after their transaction commits; the log in SQLite is the record, the bus only the live
 * feed (a stream that resumes reads the log first, then the bus).
 */
import type { Store } from '../../../engine/store.js';

export type BusMessage =
  /**
   * A stored event, with its place in the log: `threadId` is the child thread whose log holds it
   * (null: the primary's own), `onPrimary` whether the session-level stream shows it.
   */
  | {
      kind: 'event';
      sessionId: string;
      seq: number;
      event: Record<string, unknown>;
      threadId: string | null;
      onPrimary: boolean;
    }
  /** A preview frame (`event_start`, `event_delta`): only for streams that asked for that event type's deltas. */
  | {
      kind: 'preview';
      sessionId: string;
      threadId: string | null;
      of: 'agent.message' | 'agent.thinking';
      frame: Record<string, unknown>;
    }
  /** The session is gone: streams send `session.deleted` and close. */
  | { kind: 'deleted'; sessionId: string; event: Record<string, unknown> };

type Listener = (m: BusMessage) => void;

export class SessionBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(sessionId: string, listener: Listener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) {
      set = new Set();
      this.listeners.set(sessionId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  publish(messages: readonly BusMessage[]): void {
    for (const m of messages) {
      for (const l of [...(this.listeners.get(m.sessionId) ?? [])]) {
        try {
          l(m);
        } catch {
          /* a broken connection must not stop the others */
        }
      }
    }
  }

  /** How many streams are open on a session (the UI shows it). */
  listenerCount(sessionId: string): number {
    return this.listeners.get(sessionId)?.size ?? 0;
  }
}

const buses = new WeakMap<Store, SessionBus>();

export function sessionBus(store: Store): SessionBus {
  let bus = buses.get(store);
  if (!bus) {
    bus = new SessionBus();
    buses.set(store, bus);
  }
  return bus;
}

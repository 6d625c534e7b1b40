/**
 * In-process fan-out of `email.received` to open /v1/events/stream connections. One bus per
 * store, so several emulators in one process (tests) never see each other's events. Events are
 * published after the inbound transaction commits; nothing is persisted (SSE has no replay).
 */
import type { Store } from '../../../engine/store.js';

export interface EmailReceivedEvent {
  type: 'email.received';
  orgId: string;
  data: {
    type: 'email.received';
    inbox_id: string;
    inbox_address: string;
    thread_id: string;
    message_id: string;
    subject: string;
    from: string;
    direction: 'inbound';
    created_at: string;
  };
}

type Listener = (e: EmailReceivedEvent) => void;

class EventBus {
  private readonly listeners = new Set<Listener>();
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  publish(e: EmailReceivedEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch {
        /* a broken connection must not stop the others */
      }
    }
  }
}

const buses = new WeakMap<Store, EventBus>();

export function eventBus(store: Store): EventBus {
  let bus = buses.get(store);
  if (!bus) {
    bus = new EventBus();
    buses.set(store, bus);
  }
  return bus;
}

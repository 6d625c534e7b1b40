/**
 * One change to a session, inside one transaction: events appended to the log (each with its id
 * and `processed_at` from the engine clock), the session's columns, runtime jobs to schedule. The
 * bus messages wait in `messages` until `commit()` publishes them, after the transaction, so a
 * stream never shows an event the log rolled back.
 */
import { enqueueSessionWebhooks } from './webhooks.js';
import type { EngineServices } from '../../../engine/provider.js';
import * as store from '../store/sessions.js';
import { insertEvent } from '../store/session-events.js';
import { getThread, updateThread } from '../store/session-threads.js';
import type { SessionRow, SessionThreadRow } from '../tables.js';
import { newId } from './ids.js';
import { type BusMessage, sessionBus } from './session-bus.js';
import { type RuntimeState, parseRuntime } from './runtime-state.js';
import { PROVIDER_NAME } from './settings.js';

export const RUNTIME_QUEUE = 'managed-agents:runtime';

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

/** Where an event goes: a child thread's log (or the primary's), and whether the session-level log shows it. */
export interface Place {
  threadId: string | null;
  onPrimary: boolean;
}

export class SessionWriter {
  readonly messages: BusMessage[] = [];
  /** The child thread being played (its events go to its own log), or null for the primary. */
  thread: string | null = null;
  /** Child thread rows this change read or changed, written back by `save()`. */
  readonly threads = new Map<string, SessionThreadRow>();
  readonly nowMs: number;
  readonly state: RuntimeState;
  status: SessionRow['status'];
  usage: Usage;
  activeMs: number;
  terminatedAt: string | null;

  constructor(
    readonly services: EngineServices,
    readonly session: SessionRow,
  ) {
    this.nowMs = services.clock.nowMs();
    this.state = parseRuntime(session.runtime);
    this.status = session.status;
    this.usage = JSON.parse(session.usage) as Usage;
    this.activeMs = session.active_ms;
    this.terminatedAt = session.terminated_at;
  }

  get now(): string {
    return new Date(this.nowMs).toISOString();
  }

  newEventId(): string {
    return newId(this.services.ids, 'sessionEvent');
  }

  /** The thread being played's own log (or the primary's). */
  here(): Place {
    return { threadId: this.thread, onPrimary: this.thread === null };
  }

  /** Appends an event to the log; `id` when a preview already named it. */
  emit(type: string, fields: Record<string, unknown> = {}, id = this.newEventId(), place = this.here()) {
    const event: Record<string, unknown> = { type, id, ...fields, processed_at: this.now };
    const seq = insertEvent(this.services.store.db, {
      id,
      session_id: this.session.id,
      tenant_id: this.session.tenant_id,
      type,
      body: JSON.stringify(event),
      processed_ms: this.nowMs,
      thread_id: place.threadId,
      on_primary: place.onPrimary ? 1 : 0,
    });
    this.messages.push({ kind: 'event', sessionId: this.session.id, seq, event, ...place });
    if (place.threadId === null) enqueueSessionWebhooks(this.services, this.session, type, this.nowMs);
    return event;
  }

  /** A preview frame for streams that opted into deltas; never stored. */
  preview(of: 'agent.message' | 'agent.thinking', frame: Record<string, unknown>): void {
    this.messages.push({ kind: 'preview', sessionId: this.session.id, threadId: this.thread, of, frame });
  }

  /** A child thread of this session, read once per change (null: none with that id). */
  threadRow(id: string): SessionThreadRow | null {
    let row = this.threads.get(id);
    if (!row) {
      row = getThread(this.services.store.db, this.session.id, id);
      if (row) this.threads.set(id, row);
    }
    return row ?? null;
  }

  /** Moves the status, counting the time spent running, and says so in the log. */
  setStatus(status: SessionRow['status'], event?: { type: string; fields?: Record<string, unknown> }): void {
    if (this.status === 'running' && status !== 'running' && this.state.runningSinceMs !== null) {
      this.activeMs += this.nowMs - this.state.runningSinceMs;
      this.state.runningSinceMs = null;
    }
    if (status === 'running' && this.state.runningSinceMs === null) this.state.runningSinceMs = this.nowMs;
    if (status === 'terminated') this.terminatedAt ??= this.now;
    this.status = status;
    if (event) this.emit(event.type, event.fields);
  }

  /** Counts a model request's tokens for the session and, inside a child thread, for that thread too. */
  addUsage(input: number, output: number): void {
    this.usage.input_tokens += input;
    this.usage.output_tokens += output;
    const row = this.thread === null ? null : this.threadRow(this.thread);
    if (!row) return;
    const usage = row.usage === null ? emptyUsage() : (JSON.parse(row.usage) as Usage);
    usage.input_tokens += input;
    usage.output_tokens += output;
    row.usage = JSON.stringify(usage);
  }

  /** Runs the session's next runtime step at `atMs` of engine time (now by default). */
  schedule(atMs = this.nowMs): void {
    this.services.jobs.enqueue({
      provider: PROVIDER_NAME,
      tenant: this.session.tenant_id,
      queue: RUNTIME_QUEUE,
      payload: { session_id: this.session.id, gen: this.state.gen },
      runAtMs: atMs,
    });
  }

  /** Writes the session's columns back (call inside the transaction). */
  save(): void {
    store.updateSession(this.services.store.db, this.session.id, {
      status: this.status,
      usage: JSON.stringify(this.usage),
      active_ms: this.activeMs,
      runtime: JSON.stringify(this.state),
      terminated_at: this.terminatedAt,
      updated_at: this.now,
    });
    for (const t of this.threads.values()) {
      const { status, usage, active_ms, running_since_ms, updated_at, archived_at } = t;
      updateThread(this.services.store.db, t.id, {
        status,
        usage,
        active_ms,
        running_since_ms,
        updated_at,
        archived_at,
      });
    }
  }

  /** Publishes what the transaction wrote (call after it committed). */
  commit(): void {
    sessionBus(this.services.store).publish(this.messages.splice(0));
  }
}

export function emptyUsage(): Usage {
  return {
    input_tokens: 0,
    output_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  };
}

/** Runs `change` on the session in one transaction, saves it, then publishes its events. */
export function changeSession<T>(services: EngineServices, load: () => SessionRow, change: (w: SessionWriter) => T): T {
  let writer: SessionWriter | null = null;
  const result = services.store.tx(() => {
    writer = new SessionWriter(services, load());
    const r = change(writer);
    writer.save();
    return r;
  });
  (writer as SessionWriter | null)?.commit();
  return result;
}

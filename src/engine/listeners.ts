/**
 * A typed set of listeners: how engine parts tell whoever watches (the control plane's event
 * stream) that something changed, without knowing who watches. A listener that throws is logged
 * and never breaks the engine work that emitted.
 */
import { log } from './log.js';

export class Listeners<T> {
  private readonly set = new Set<(event: T) => void>();

  /** Adds a listener; returns the function that removes it. */
  on(listener: (event: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(event: T): void {
    for (const listener of this.set) {
      try {
        listener(event);
      } catch (e) {
        log.error('an engine event listener failed', { error: e instanceof Error ? e.stack : String(e) });
      }
    }
  }

  /** Whether anyone listens (the hot paths skip building events nobody reads). */
  get active(): boolean {
    return this.set.size > 0;
  }
}

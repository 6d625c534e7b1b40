/**
 * The mail plane's public face: build one from the configuration and an engine's services.
 */
import type { Clock } from '../clock.js';
import type { IdSource } from '../ids.js';
import type { Store } from '../store.js';
import { SmtpMailPlane } from './plane.js';

export { SmtpMailPlane } from './plane.js';
export { MailSink, type MailFilter, type MailRow, type Direction } from './sink.js';
export { composeMime } from './compose.js';
export { parseMessage } from './parse.js';
export * from './types.js';

export interface MailSettings {
  smtp: boolean;
  smtpHost: string;
  smtpPort: number;
  smtpMaxBytes: number;
  smtpRelay: string | null;
  mailRetention: number;
}

/** A mail plane over the engine's store, clock and ids; call `start()` before providers send. */
export function createMailPlane(
  engine: { store: Store; clock: Clock; ids: IdSource },
  settings: MailSettings,
): SmtpMailPlane {
  return new SmtpMailPlane({
    store: engine.store,
    clock: engine.clock,
    ids: engine.ids,
    retention: settings.mailRetention,
    smtp: settings.smtp ? { host: settings.smtpHost, port: settings.smtpPort, maxBytes: settings.smtpMaxBytes } : null,
    relay: settings.smtpRelay,
  });
}

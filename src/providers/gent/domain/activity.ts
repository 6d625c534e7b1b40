/**
 * The activity timeline (contracts/gent.md §Activity): every sent or received message adds one entry
 * per counterpart address, deduplicated on inbox + address + type + message, so a repeat is a no-op.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { recordActivityRow } from '../store/activity.js';
import type { MessageRow } from '../tables.js';
import { snippetOf } from '../wire.js';
import { newId } from './ids.js';
import { parseList } from './json.js';

export function recordMessageActivity(services: EngineServices, m: MessageRow, atMs: number): void {
  const emails = (json: string): string[] => parseList<{ email: string }>(json).map((a) => a.email.toLowerCase());
  const inbound = m.direction === 'inbound';
  const counterparts = inbound ? [m.from_email.toLowerCase()] : [...emails(m.to_json), ...emails(m.cc_json)];
  const participants = [...new Set([m.from_email.toLowerCase(), ...emails(m.to_json), ...emails(m.cc_json)])];
  const metadata = JSON.stringify({
    thread_id: m.thread_id,
    has_attachments: parseList(m.attachments_json).length > 0,
    preview: snippetOf(m).slice(0, 120),
    is_read: m.is_read === 1,
  });
  for (const address of new Set(counterparts)) {
    recordActivityRow(services.store.db, {
      id: newId('evt', atMs, services.ids),
      org_id: m.org_id,
      inbox_id: m.inbox_id,
      contact_address: address,
      type: inbound ? 'message.received' : 'message.sent',
      resource_id: m.id,
      participants: JSON.stringify(participants),
      summary: `${inbound ? 'Received' : 'Sent'} "${m.subject}"`,
      occurred_at_ms: atMs,
      metadata,
    });
  }
}

/**
 * Workflow rules on inbound mail (contracts/gent.md §Workflows): an enabled `email_received` rule of
 * the inbox (or of the whole organisation) whose conditions all hold runs its writes: a task, a
 * signed webhook carrying the event payload and the rule's `event_type`, or a label on the message.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { rulesFor } from '../store/automation.js';
import { messageById, setLabels } from '../store/messages.js';
import { insertTask } from '../store/records.js';
import type { MessageRow, WorkflowRuleRow } from '../tables.js';
import { fillTemplate } from './events.js';
import { newId } from './ids.js';
import { parseList } from './json.js';
import { enqueueWebhook } from './webhooks.js';

interface Condition {
  field: string;
  op: 'eq' | 'contains';
  value: string;
}
interface Write {
  target: {
    type: 'task' | 'webhook' | 'email.add_label';
    url?: string;
    event_type?: string;
    label_id?: string;
    title?: string;
  };
  contract?: { required?: string[] };
}

function fieldValues(m: MessageRow, field: string): string[] {
  const emails = (json: string): string[] => parseList<{ email: string }>(json).map((a) => a.email.toLowerCase());
  switch (field) {
    case 'to_address':
      return [...emails(m.to_json), ...emails(m.cc_json)];
    case 'from_address':
      return [m.from_email.toLowerCase()];
    case 'from_domain':
      return [m.from_email.slice(m.from_email.lastIndexOf('@') + 1).toLowerCase()];
    case 'subject':
      return [m.subject];
    case 'label_id':
      return parseList(m.labels_json);
    default:
      return [];
  }
}

function holds(m: MessageRow, c: Condition): boolean {
  const wanted = c.value.toLowerCase();
  return fieldValues(m, c.field).some((v) =>
    c.op === 'eq' ? v.toLowerCase() === wanted : v.toLowerCase().includes(wanted),
  );
}

function runWrite(
  services: EngineServices,
  rule: WorkflowRuleRow,
  m: MessageRow,
  write: Write,
  payload: Record<string, unknown>,
): void {
  if ((write.contract?.required ?? []).some((k) => payload[k] === undefined || payload[k] === null)) return;
  const nowMs = services.clock.nowMs();
  const db = services.store.db;
  if (write.target.type === 'task') {
    insertTask(db, {
      id: newId('tsk', nowMs, services.ids),
      org_id: m.org_id,
      inbox_id: m.inbox_id,
      title: fillTemplate(write.target.title ?? 'Follow up: {subject}', payload).slice(0, 500),
      notes: null,
      due_at_ms: null,
      source_type: 'workflow',
      source_id: rule.id,
      created_at_ms: nowMs,
    });
  } else if (write.target.type === 'webhook' && write.target.url) {
    enqueueWebhook(services, {
      orgId: m.org_id,
      inboxId: m.inbox_id,
      sourceKind: 'workflow',
      sourceId: rule.id,
      url: write.target.url,
      secret: rule.secret,
      retries: 3,
      backoff: 'exponential',
      type: 'message.received',
      payload,
      eventType: write.target.event_type ?? 'workflow.triggered',
    });
  } else if (write.target.type === 'email.add_label' && write.target.label_id) {
    const labels = parseList(messageById(db, m.id)!.labels_json);
    if (!labels.includes(write.target.label_id)) setLabels(db, m.id, [...labels, write.target.label_id]);
  }
}

/** Runs the inbox's `email_received` rules on a just-received message; call inside its transaction. */
export function runInboundRules(services: EngineServices, m: MessageRow, payload: Record<string, unknown>): void {
  for (const rule of rulesFor(services.store.db, m.org_id, m.inbox_id, 'email_received')) {
    if (!parseList<Condition>(rule.conditions).every((c) => holds(m, c))) continue;
    for (const write of parseList<Write>(rule.writes)) runWrite(services, rule, m, write, payload);
  }
}

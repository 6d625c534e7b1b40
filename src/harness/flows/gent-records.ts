/**
 * The records part of the Gent flow: contacts, the activity timeline, files (rows, versions, a signed
 * download), tasks and the agenda, workflow rules, work routes and alerts. All with the run's key (an
 * agent token); the alert delivers as a task, so the run posts no webhook anywhere.
 */
import type { FlowStep } from '../flow.js';
import { listed, main, s, same, teardown } from './gent-checks.js';

export const recordSteps: FlowStep[] = [
  main({
    id: 'createContact',
    title: 'create a contact',
    operation: 'createContact',
    expect: 201,
    needs: ['inboxAddress'],
    body: (v) => ({
      full_name: `Mailsim Contract ${v.run}`,
      emails: [{ label: 'work', address: s(v, 'inboxAddress') }],
      anniversaries: [{ type: 'birthday', date: '--04-01' }],
    }),
    provides: ['contactId'],
    capture: (b, v) => {
      v.contactId = b?.id;
    },
  }),
  main({
    id: 'listContacts',
    title: 'find the contact',
    operation: 'listContacts',
    expect: 200,
    needs: ['contactId'],
    query: (v) => ({ q: `contract ${v.run}` }),
    check: listed('contact', 'contactId', 'id'),
  }),
  main({
    id: 'getContact',
    title: 'get the contact',
    operation: 'getContact',
    expect: 200,
    needs: ['contactId'],
    params: (v) => ({ contact_id: s(v, 'contactId') }),
    check: same('contact', 'contactId', 'id'),
  }),
  main({
    id: 'listActivity',
    title: "the contact's timeline",
    operation: 'listActivity',
    expect: 200,
    needs: ['contactId'],
    query: (v) => ({ contact_id: s(v, 'contactId'), limit: '10' }),
  }),
  main({
    id: 'createFile',
    title: 'create a spreadsheet',
    operation: 'createFile',
    expect: 201,
    body: (v) => ({
      name: `mailsim contract ${v.run}`,
      file_type: 'spreadsheet',
      scope: 'inbox',
      instructions: 'One row per invoice.',
    }),
    provides: ['fileId'],
    capture: (b, v) => {
      v.fileId = b?.file_id;
    },
  }),
  main({
    id: 'appendFileRows',
    title: 'append rows',
    operation: 'appendFileRows',
    expect: 201,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    body: () => ({
      rows: [
        { invoice: 'INV-1', amount: 10.5 },
        { invoice: 'INV-2', amount: 20 },
      ],
    }),
    check: (b) =>
      b?.version === 2 && b?.row_count === 2 ? null : `expected version 2 with 2 rows, got ${JSON.stringify(b)}`,
  }),
  main({
    id: 'getFile',
    title: 'get the file',
    operation: 'getFile',
    expect: 200,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    check: same('file', 'fileId', 'file_id'),
  }),
  main({
    id: 'listFiles',
    title: 'list files',
    operation: 'listFiles',
    expect: 200,
    needs: ['fileId'],
    query: () => ({ limit: '200' }),
    check: listed('file', 'fileId', 'file_id'),
  }),
  main({
    id: 'listFileVersions',
    title: 'version history',
    operation: 'listFileVersions',
    expect: 200,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
  }),
  main({
    id: 'createFileLink',
    title: 'a signed download link',
    operation: 'createFileLink',
    expect: 201,
    needs: ['fileId'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    provides: ['linkExpires', 'linkSignature'],
    capture: (b, v) => {
      const url = new URL(String(b?.url));
      v.linkExpires = url.searchParams.get('expires');
      v.linkSignature = url.searchParams.get('signature');
    },
  }),
  main({
    id: 'downloadFile',
    title: 'download through the link (no credentials)',
    operation: 'downloadFile',
    expect: 200,
    auth: 'none',
    needs: ['fileId', 'linkExpires', 'linkSignature'],
    params: (v) => ({ file_id: s(v, 'fileId') }),
    query: (v) => ({ expires: s(v, 'linkExpires'), signature: s(v, 'linkSignature') }),
  }),
  main({
    id: 'createTask',
    title: 'create a task',
    operation: 'createTask',
    expect: 201,
    body: (v) => ({ title: `mailsim contract ${v.run}`, due_at: new Date(Date.now() + 86_400_000).toISOString() }),
    provides: ['taskId'],
    capture: (b, v) => {
      v.taskId = b?.task_id;
    },
  }),
  main({
    id: 'listTasks',
    title: 'list open tasks',
    operation: 'listTasks',
    expect: 200,
    needs: ['taskId'],
    query: () => ({ status: 'open', limit: '200' }),
    check: listed('task', 'taskId', 'task_id'),
  }),
  main({ id: 'getAgenda', title: 'the agenda', operation: 'getAgenda', expect: 200, query: () => ({ limit: '200' }) }),
  main({
    id: 'updateTask',
    title: 'complete the task',
    operation: 'updateTask',
    expect: 200,
    needs: ['taskId'],
    params: (v) => ({ task_id: s(v, 'taskId') }),
    body: () => ({ status: 'done' }),
    check: (b) => (b?.status === 'done' && b?.completed_at ? null : 'the task is not done'),
  }),
  main({
    id: 'createWorkflowRule',
    title: "a rule that labels mail from the run's inbox",
    operation: 'createWorkflowRule',
    expect: 201,
    needs: ['inboxAddress'],
    body: (v) => ({
      name: `mailsim contract ${v.run}`,
      trigger: 'email_received',
      conditions: [{ field: 'from_address', op: 'eq', value: s(v, 'inboxAddress') }],
      writes: [
        { source: { from: 'event.payload' }, target: { type: 'email.add_label', label_id: 'mailsim-contract' } },
      ],
    }),
    provides: ['ruleId'],
    capture: (b, v) => {
      v.ruleId = b?.rule_id;
    },
    creates: { kind: 'workflow rule', idVar: 'ruleId', deleteOperation: 'deleteWorkflowRule', param: 'rule_id' },
  }),
  main({
    id: 'listWorkflowRules',
    title: 'list rules',
    operation: 'listWorkflowRules',
    expect: 200,
    needs: ['ruleId'],
    query: () => ({ limit: '200' }),
    check: listed('rule', 'ruleId', 'rule_id'),
  }),
  main({
    id: 'updateWorkflowRule',
    title: 'disable the rule',
    operation: 'updateWorkflowRule',
    expect: 200,
    needs: ['ruleId'],
    params: (v) => ({ rule_id: s(v, 'ruleId') }),
    body: () => ({ enabled: false }),
    check: (b) => (b?.enabled === false ? null : 'the rule is still enabled'),
  }),
  main({
    id: 'createWorkRoute',
    title: 'create a work route',
    operation: 'createWorkRoute',
    expect: 201,
    needs: ['inboxAddress'],
    body: (v) => ({
      name: `mailsim contract ${v.run}`,
      request_type: 'approval',
      recipients: [{ email: s(v, 'inboxAddress') }],
    }),
    provides: ['routeId'],
    capture: (b, v) => {
      v.routeId = b?.route_id;
    },
  }),
  main({
    id: 'listWorkRoutes',
    title: 'list work routes',
    operation: 'listWorkRoutes',
    expect: 200,
    needs: ['routeId'],
    query: () => ({ limit: '200' }),
    check: listed('route', 'routeId', 'route_id'),
  }),
  main({
    id: 'createAlert',
    title: 'an alert delivered as a task',
    operation: 'createAlert',
    expect: 201,
    needs: ['keyInboxId'],
    body: (v) => ({
      inbox_id: s(v, 'keyInboxId'),
      events: ['message.received'],
      delivery: { type: 'task', target: 'Mail from {from}: {subject}' },
    }),
    provides: ['alertId'],
    capture: (b, v) => {
      v.alertId = b?.id;
    },
    creates: { kind: 'alert', idVar: 'alertId', deleteOperation: 'deleteAlert', param: 'alert_id' },
  }),
  main({
    id: 'listAlerts',
    title: 'list alerts',
    operation: 'listAlerts',
    expect: 200,
    needs: ['alertId'],
    check: listed('alert', 'alertId', 'id'),
  }),
  main({
    id: 'getAlert',
    title: 'get the alert',
    operation: 'getAlert',
    expect: 200,
    needs: ['alertId'],
    params: (v) => ({ alert_id: s(v, 'alertId') }),
    check: same('alert', 'alertId', 'id'),
  }),
  main({
    id: 'updateAlert',
    title: 'change retries and backoff',
    operation: 'updateAlert',
    expect: 200,
    needs: ['alertId'],
    params: (v) => ({ alert_id: s(v, 'alertId') }),
    body: () => ({ retries: 5, backoff: 'fixed' }),
    check: (b) => (b?.retries === 5 && b?.backoff === 'fixed' ? null : 'retries/backoff not kept'),
  }),
];

export const recordTeardown: FlowStep[] = [
  teardown({
    id: 'deleteAlert',
    title: 'delete the alert',
    operation: 'deleteAlert',
    expect: 204,
    needs: ['alertId'],
    params: (v) => ({ alert_id: s(v, 'alertId') }),
    deletes: 'alertId',
  }),
  teardown({
    id: 'deleteWorkflowRule',
    title: 'delete the rule',
    operation: 'deleteWorkflowRule',
    expect: 204,
    needs: ['ruleId'],
    params: (v) => ({ rule_id: s(v, 'ruleId') }),
    deletes: 'ruleId',
  }),
];

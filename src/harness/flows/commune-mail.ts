/** The Commune flow's mail steps: attachment, send, messages, threads, search, analytics, deliveries, DMARC. */
import type { FlowStep } from '../flow.js';
import { byInbox, dmarcReport, field, listed, main, onDomain, s, same, thread } from './commune-steps.js';

export const mail: FlowStep[] = [
  // Attachments (no delete operation exists: the upload stays)
  main({
    id: 'uploadAttachment',
    title: 'upload attachment',
    operation: 'uploadAttachment',
    expect: 201,
    body: (v) => ({
      content: Buffer.from(`mailsim contract test ${v.run}\n`).toString('base64'),
      filename: `mailsim-contract-${v.run}.txt`,
      mime_type: 'text/plain',
    }),
    provides: ['attachmentId'],
    capture: (b, v) => {
      v.attachmentId = b?.data?.attachment_id;
    },
  }),
  main({
    id: 'getAttachment',
    title: 'get attachment',
    operation: 'getAttachment',
    expect: 200,
    needs: ['attachmentId'],
    params: (v) => ({ attachmentId: s(v, 'attachmentId') }),
    check: same('attachment', 'attachmentId', 'attachment_id'),
  }),
  main({
    id: 'getAttachmentUrl',
    title: 'attachment download URL',
    operation: 'getAttachmentUrl',
    expect: 200,
    needs: ['attachmentId'],
    params: (v) => ({ attachmentId: s(v, 'attachmentId') }),
    query: () => ({ expires_in: '600' }),
  }),

  // Two sends from the run's inbox to itself: two threads, so a page of one has a next cursor.
  main({
    id: 'sendMessage',
    title: 'send with the attachment',
    operation: 'sendMessage',
    expect: 202,
    needs: ['inboxId', 'inboxAddress', 'attachmentId'],
    body: (v) => ({
      to: v.inboxAddress,
      subject: `mailsim contract test ${v.run}`,
      text: 'Sent by mailsim contract-test.',
      inbox_id: v.inboxId,
      attachments: [v.attachmentId],
    }),
    provides: ['threadId'],
    capture: (b, v) => {
      v.threadId = b?.data?.thread_id;
    },
  }),
  main({
    id: 'sendSecondMessage',
    title: 'send a second thread',
    operation: 'sendMessage',
    expect: 202,
    needs: ['inboxId', 'inboxAddress'],
    body: (v) => ({
      to: v.inboxAddress,
      subject: `mailsim contract test ${v.run} (second)`,
      text: 'Second thread of the run.',
      inbox_id: v.inboxId,
    }),
    provides: ['secondThreadId'],
    capture: (b, v) => {
      v.secondThreadId = b?.data?.thread_id;
    },
  }),
  main({
    id: 'listMessages',
    title: "list the inbox's messages",
    operation: 'listMessages',
    expect: 200,
    needs: ['inboxId', 'threadId'],
    query: (v) => ({ ...byInbox(v), limit: '50' }),
    check: listed('message', 'threadId', 'thread_id'),
  }),
  main({
    id: 'listThreads',
    title: 'threads of the inbox, first page of one',
    operation: 'listThreads',
    expect: 200,
    needs: ['inboxId', 'secondThreadId'],
    query: (v) => ({ ...byInbox(v), limit: '1' }),
    provides: ['threadCursor'],
    capture: (b, v) => {
      v.threadCursor = b?.next_cursor ?? undefined;
      v.firstPageThread = b?.data?.[0]?.thread_id;
    },
    check: (b) =>
      b?.has_more === true && typeof b?.next_cursor === 'string'
        ? null
        : 'two threads exist, so a page of one needs has_more and a next_cursor; ' +
          `got has_more ${JSON.stringify(b?.has_more)}, next_cursor ${JSON.stringify(b?.next_cursor)}`,
  }),
  main({
    id: 'listThreadsNextPage',
    title: 'threads of the inbox, next page by cursor',
    operation: 'listThreads',
    expect: 200,
    needs: ['inboxId', 'threadCursor'],
    query: (v) => ({ ...byInbox(v), limit: '1', cursor: s(v, 'threadCursor') }),
    check: (b, v) =>
      Array.isArray(b?.data) && b.data.length === 1 && b.data[0]?.thread_id !== v.firstPageThread
        ? null
        : `the next page should hold one other thread than ${v.firstPageThread}, ` +
          `got ${JSON.stringify((b?.data ?? []).map((t: any) => t?.thread_id))}`,
  }),
  main({
    id: 'getThreadMessages',
    title: 'thread messages',
    operation: 'getThreadMessages',
    expect: 200,
    needs: ['threadId', 'attachmentId'],
    params: thread,
    check: (b, v) =>
      Array.isArray(b?.data) &&
      b.data.some((m: any) => Array.isArray(m?.attachments) && m.attachments.includes(v.attachmentId))
        ? null
        : `no message of the thread lists the attachment ${v.attachmentId}`,
  }),
  main({
    id: 'getThreadMetadata',
    title: 'thread metadata',
    operation: 'getThreadMetadata',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    check: same('thread', 'threadId', 'thread_id'),
  }),
  main({
    id: 'setThreadStatus',
    title: 'thread status',
    operation: 'setThreadStatus',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    body: () => ({ status: 'needs_reply' }),
    check: field(['data', 'status'], () => 'needs_reply', 'status not set'),
  }),
  main({
    id: 'addThreadTags',
    title: 'add thread tags',
    operation: 'addThreadTags',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    body: (v) => ({ tags: ['mailsim-contract', `run-${v.run}`] }),
    check: (b, v) =>
      ['mailsim-contract', `run-${v.run}`].every((t) => b?.data?.tags?.includes(t))
        ? null
        : `tags should include both added tags, got ${JSON.stringify(b?.data?.tags)}`,
  }),
  main({
    id: 'removeThreadTags',
    title: 'remove a thread tag',
    operation: 'removeThreadTags',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    body: (v) => ({ tags: [`run-${v.run}`] }),
    check: (b, v) =>
      Array.isArray(b?.data?.tags) && !b.data.tags.includes(`run-${v.run}`) && b.data.tags.includes('mailsim-contract')
        ? null
        : `only run-${v.run} should be gone, got ${JSON.stringify(b?.data?.tags)}`,
  }),
  main({
    id: 'assignThread',
    title: 'assign thread',
    operation: 'assignThread',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    body: (v) => ({ assigned_to: `mailsim-contract-${v.run}` }),
    check: field(['data', 'assigned_to'], (v) => `mailsim-contract-${v.run}`, 'assigned_to not set'),
  }),
  main({
    id: 'unassignThread',
    title: 'unassign thread (assigned_to null)',
    operation: 'assignThread',
    expect: 200,
    needs: ['threadId'],
    params: thread,
    body: () => ({ assigned_to: null }),
    check: field(['data', 'assigned_to'], () => null, 'assigned_to not cleared'),
  }),

  // Search: what a semantic index returns right after a send is not settled, so only the shape is checked.
  main({
    id: 'searchThreads',
    title: "search the inbox's threads",
    operation: 'searchThreads',
    expect: 200,
    needs: ['inboxId'],
    query: (v) => ({ q: 'mailsim contract test', ...byInbox(v), limit: '10' }),
  }),
  main({
    id: 'searchLegacy',
    title: 'legacy search',
    operation: 'searchLegacy',
    expect: 200,
    needs: ['inboxId'],
    body: (v) => ({ query: 'mailsim contract test', filter: { inboxIds: [v.inboxId] }, options: { limit: 10 } }),
  }),
  main({
    id: 'indexSearchDocument',
    title: 'index a document (a no-op)',
    operation: 'indexSearchDocument',
    expect: 200,
    body: (v) => ({ id: `mailsim-contract-${v.run}` }),
  }),
  main({
    id: 'indexSearchBatch',
    title: 'index a batch (a no-op)',
    operation: 'indexSearchBatch',
    expect: 200,
    body: (v) => ({ documents: [{ id: `mailsim-contract-${v.run}` }] }),
  }),

  // Delivery analytics and webhook deliveries of the run's inbox.
  main({
    id: 'getDeliveryMetrics',
    title: 'delivery metrics',
    operation: 'getDeliveryMetrics',
    expect: 200,
    needs: ['inboxId'],
    query: (v) => ({ ...byInbox(v), days: '1' }),
  }),
  main({
    id: 'listDeliveryEvents',
    title: 'delivery events',
    operation: 'listDeliveryEvents',
    expect: 200,
    needs: ['inboxId'],
    query: (v) => ({ ...byInbox(v), limit: '20' }),
  }),
  main({
    id: 'listSuppressions',
    title: 'suppressions',
    operation: 'listSuppressions',
    expect: 200,
    needs: ['inboxId'],
    query: (v) => ({ ...byInbox(v), limit: '20' }),
  }),
  main({
    id: 'listWebhookDeliveries',
    title: 'webhook deliveries',
    operation: 'listWebhookDeliveries',
    expect: 200,
    needs: ['inboxId'],
    query: (v) => ({ ...byInbox(v), limit: '10' }),
  }),
  main({ id: 'getWebhookHealth', title: 'webhook health', operation: 'getWebhookHealth', expect: 200 }),
  // The endpoint is a closed local port: the test POST fails fast and reaches no one.
  main({
    id: 'configureWebhook',
    title: 'give the domain inbox a webhook',
    operation: 'updateInbox',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    loopbackOnly: 'loopback targets only: the endpoint is a local port, which a real server refuses',
    params: onDomain('domainId', 'domainInboxId'),
    body: (v) => ({
      webhook: { endpoint: `http://127.0.0.1:9/mailsim-contract/${v.run}`, events: ['email.received'] },
    }),
    provides: ['webhookSet'],
    capture: (_b, v) => {
      v.webhookSet = true;
    },
  }),
  main({
    id: 'testWebhook',
    title: 'test the inbox webhook',
    operation: 'testWebhook',
    expect: 200,
    needs: ['domainInboxId', 'webhookSet'],
    loopbackOnly: "loopback targets only: it POSTs to the inbox's webhook endpoint",
    body: (v) => ({ inbox_id: v.domainInboxId, event_type: 'email.received' }),
    check: field(['data', 'test'], () => true, 'the test delivery should say test: true'),
  }),

  // DMARC: one aggregate report for the run's domain.
  main({
    id: 'submitDmarcReport',
    title: 'submit DMARC report (XML)',
    operation: 'submitDmarcReport',
    expect: 200,
    needs: ['domainId', 'domainName'],
    query: (v) => ({ domain_id: s(v, 'domainId') }),
    headers: () => ({ 'content-type': 'application/xml' }),
    body: dmarcReport,
    check: field(['data', 'report_id'], (v) => `mailsim-contract-${v.run}`, 'report_id not parsed'),
  }),
  main({
    id: 'listDmarcReports',
    title: 'list DMARC reports',
    operation: 'listDmarcReports',
    expect: 200,
    needs: ['domainName'],
    query: (v) => ({ domain: s(v, 'domainName') }),
    check: (b, v) =>
      listed('DMARC report', 'reportId', 'report_id')(b, { ...v, reportId: `mailsim-contract-${v.run}` }),
  }),
  main({
    id: 'getDmarcSummary',
    title: 'DMARC summary',
    operation: 'getDmarcSummary',
    expect: 200,
    needs: ['domainName'],
    query: (v) => ({ domain: s(v, 'domainName'), days: '7' }),
  }),
];

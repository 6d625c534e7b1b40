/**
 * The Commune contract-test flow: one stateful walk through contracts/commune.yaml with any `comm_`
 * key — domain → records → verify → inboxes (one on the new domain, one on the account's default
 * domain) → extraction schema → attachment → send (with the attachment) → messages → threads
 * (cursor pages, metadata, status, tags, assignment) → search → delivery analytics → webhook
 * deliveries → DMARC → org → API keys → limits and credits → deletes.
 *
 * Safe against the real service: everything the run makes carries its suffix, mail goes only to
 * the run's own inbox, the org is renamed to the name it already has, and the run's inboxes and
 * API key are deleted by the teardown (or by `--cleanup`). What stays behind, because Commune has no
 * delete for it: the domain (no domain delete exists, and it counts towards the plan's domain
 * limit), the uploaded attachment, the DMARC report and the thread metadata. The account needs a
 * plan with custom domains, semantic search and structured extraction (agent_pro or above).
 *
 * Left to loopback targets (an emulator, detected by host name): agent sign-up, the signed
 * ownership claim and data deletion (flows/commune-agent.ts), the webhook test (it would POST to
 * the inbox's endpoint), and feedback (it would reach Commune's staff). Never run as a flow step:
 * the SSE stream (it never ends), a credits checkout (a real payment session), and getting or
 * retrying a webhook delivery (one exists only after inbound mail reaches an inbox with a webhook);
 * their error cases still run.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Creates, ErrorCase, FlowDefinition, FlowStep, Vars } from '../flow.js';
import { agentSteps, deletionSteps } from './commune-agent.js';

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
const s = (v: Vars, key: string): string => String(v[key]);

/** `{data:[…]}` holds the item this run made (matched on `key`). */
const listed =
  (what: string, idVar: string, key = 'id') =>
  (body: any, v: Vars): string | null =>
    Array.isArray(body?.data) && body.data.some((x: any) => x?.[key] === v[idVar])
      ? null
      : `the ${what} created by this run is missing from the list`;
/** `{data:{…}}` is the item this run made. */
const same =
  (what: string, idVar: string, key = 'id') =>
  (body: any, v: Vars): string | null =>
    body?.data?.[key] === v[idVar]
      ? null
      : `expected the ${what} ${v[idVar]}, got ${key} ${JSON.stringify(body?.data?.[key])}`;
const field =
  (path: string[], want: (v: Vars) => unknown, what: string) =>
  (body: any, v: Vars): string | null => {
    const got = path.reduce((node, k) => node?.[k], body);
    const expected = want(v);
    return JSON.stringify(got) === JSON.stringify(expected)
      ? null
      : `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
  };

const onDomain = (domainVar: string, inboxVar: string) => (v: Vars) => ({
  domainId: s(v, domainVar),
  inboxId: s(v, inboxVar),
});
const thread = (v: Vars) => ({ threadId: s(v, 'threadId') });
const byInbox = (v: Vars) => ({ inbox_id: s(v, 'inboxId') });

/** An inbox is deleted through its domain, so cleanup needs the domain's id as well. */
const inboxCreates = (idVar: string, domainVar: string): Creates => ({
  kind: 'inbox',
  idVar,
  deleteOperation: 'deleteInbox',
  param: 'inboxId',
  params: (v) => ({ domainId: s(v, domainVar) }),
  deleteStatus: 200,
});

/** A minimal aggregate report for the run's domain, dated around now so the summary's window holds it. */
function dmarcReport(v: Vars): string {
  const end = Math.floor(Date.now() / 1000);
  const domain = s(v, 'domainName');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata><org_name>mailsim contract test</org_name><email>dmarc@example.com</email>
    <report_id>mailsim-contract-${v.run}</report_id><date_range><begin>${end - 86_400}</begin><end>${end}</end></date_range></report_metadata>
  <policy_published><domain>${domain}</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>
  <record>
    <row><source_ip>192.0.2.10</source_ip><count>3</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>${domain}</header_from></identifiers>
    <auth_results><dkim><domain>${domain}</domain><result>pass</result></dkim><spf><domain>${domain}</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
`;
}

const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });

const setup: FlowStep[] = [
  // Inboxes and domains. The inbox without a domain is made first, so on an account without
  // custom domains it lands on the shared default domain (Commune picks the account's first one).
  main({
    id: 'createInbox',
    title: 'create inbox on the default domain',
    operation: 'createInbox',
    expect: 201,
    body: (v) => ({ local_part: `mailsim-ct-${v.run}`, display_name: `mailsim contract ${v.run}` }),
    provides: ['inboxId', 'inboxAddress', 'inboxDomainId'],
    capture: (b, v) => {
      v.inboxId = b?.data?.id;
      v.inboxAddress = b?.data?.address;
      v.inboxDomainId = b?.data?.domain_id;
    },
    check: field(['data', 'localPart'], (v) => `mailsim-ct-${v.run}`, 'localPart not kept'),
    creates: inboxCreates('inboxId', 'inboxDomainId'),
  }),
  main({
    id: 'listInboxes',
    title: 'list all inboxes',
    operation: 'listInboxes',
    expect: 200,
    needs: ['inboxId'],
    check: listed('inbox', 'inboxId'),
  }),
  main({
    id: 'createDomain',
    title: 'create domain',
    operation: 'createDomain',
    expect: 201,
    body: (v) => ({ name: `mailsim-ct-${v.run}.example.com` }),
    provides: ['domainId', 'domainName'],
    capture: (b, v) => {
      v.domainId = b?.data?.id;
      v.domainName = b?.data?.name;
    },
    // No operation deletes a domain: it is reported as left behind even after --cleanup.
    creates: { kind: 'domain (Commune has no domain delete)', idVar: 'domainId', param: 'domainId' },
  }),
  main({
    id: 'getDomainRecords',
    title: 'domain DNS records',
    operation: 'getDomainRecords',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
  }),
  main({
    id: 'verifyDomain',
    title: 'verify domain',
    operation: 'verifyDomain',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: same('domain', 'domainId'),
  }),
  main({
    id: 'getDomain',
    title: 'get domain',
    operation: 'getDomain',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: same('domain', 'domainId'),
  }),
  main({
    id: 'listDomains',
    title: 'list domains',
    operation: 'listDomains',
    expect: 200,
    needs: ['domainId'],
    check: listed('domain', 'domainId'),
  }),
  main({
    id: 'createDomainInbox',
    title: 'create inbox on the new domain',
    operation: 'createDomainInbox',
    expect: 201,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    body: (v) => ({ local_part: `mailsim-ct-${v.run}-d` }),
    provides: ['domainInboxId'],
    capture: (b, v) => {
      v.domainInboxId = b?.data?.id;
    },
    check: (b, v) =>
      b?.data?.address === `mailsim-ct-${v.run}-d@${v.domainName}`
        ? null
        : `address should be on the new domain, got ${JSON.stringify(b?.data?.address)}`,
    creates: inboxCreates('domainInboxId', 'domainId'),
  }),
  main({
    id: 'listDomainInboxes',
    title: "list the domain's inboxes",
    operation: 'listDomainInboxes',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: listed('inbox', 'domainInboxId'),
  }),
  main({
    id: 'getInbox',
    title: 'get inbox',
    operation: 'getInbox',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    check: same('inbox', 'domainInboxId'),
  }),
  main({
    id: 'updateInbox',
    title: 'rename inbox',
    operation: 'updateInbox',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    body: (v) => ({ display_name: `mailsim contract ${v.run} (renamed)` }),
    check: field(['data', 'displayName'], (v) => `mailsim contract ${v.run} (renamed)`, 'displayName not updated'),
  }),
  main({
    id: 'setExtractionSchema',
    title: 'set extraction schema',
    operation: 'setExtractionSchema',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    body: () => ({
      name: 'mailsim_contract',
      description: 'set by mailsim contract-test',
      schema: { type: 'object', properties: { order_id: { type: 'string' } } },
    }),
    check: field(['data', 'extractionSchema', 'name'], () => 'mailsim_contract', 'extractionSchema not set'),
  }),
  main({
    id: 'removeExtractionSchema',
    title: 'remove extraction schema',
    operation: 'removeExtractionSchema',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    check: (b) => (b?.data && !('extractionSchema' in b.data) ? null : 'extractionSchema still present after removal'),
  }),
];

const mail: FlowStep[] = [
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
        : `two threads exist, so a page of one needs has_more and a next_cursor; got has_more ${JSON.stringify(b?.has_more)}, next_cursor ${JSON.stringify(b?.next_cursor)}`,
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
        : `the next page should hold one other thread than ${v.firstPageThread}, got ${JSON.stringify((b?.data ?? []).map((t: any) => t?.thread_id))}`,
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

const account: FlowStep[] = [
  main({
    id: 'getAgentOrg',
    title: 'get org',
    operation: 'getAgentOrg',
    expect: 200,
    provides: ['orgName'],
    capture: (b, v) => {
      v.orgName = b?.org?.name;
    },
  }),
  // The org keeps its name: it is "renamed" to the name it already has.
  main({
    id: 'updateAgentOrg',
    title: 'update org (same name)',
    operation: 'updateAgentOrg',
    expect: 200,
    needs: ['orgName'],
    body: (v) => ({ name: v.orgName }),
    check: field(['org', 'name'], (v) => v.orgName, 'org name changed'),
  }),
  main({
    id: 'createApiKey',
    title: 'create API key',
    operation: 'createApiKey',
    expect: 201,
    body: (v) => ({ name: `mailsim-contract-${v.run}`, permissions: ['read'] }),
    provides: ['apiKeyId'],
    capture: (b, v) => {
      v.apiKeyId = b?.id;
    },
    creates: { kind: 'api key', idVar: 'apiKeyId', deleteOperation: 'revokeApiKey', param: 'keyId', deleteStatus: 200 },
  }),
  main({
    id: 'listApiKeys',
    title: 'list API keys',
    operation: 'listApiKeys',
    expect: 200,
    needs: ['apiKeyId'],
    check: (b, v) =>
      b?.apiKeys?.some?.((k: any) => k?.id === v.apiKeyId)
        ? null
        : 'the API key created by this run is missing from the list',
  }),
  main({
    id: 'rotateApiKey',
    title: 'rotate API key',
    operation: 'rotateApiKey',
    expect: 200,
    needs: ['apiKeyId'],
    params: (v) => ({ keyId: s(v, 'apiKeyId') }),
    check: (b, v) =>
      b?.id === v.apiKeyId ? null : `rotation should keep the key id ${v.apiKeyId}, got ${JSON.stringify(b?.id)}`,
  }),
  main({ id: 'getMeLimits', title: 'plan limits and usage', operation: 'getMeLimits', expect: 200 }),
  main({ id: 'getCredits', title: 'credit balance', operation: 'getCredits', expect: 200 }),
  main({ id: 'listCreditBundles', title: 'credit bundles', operation: 'listCreditBundles', expect: 200 }),
  main({
    id: 'submitFeedback',
    title: 'send feedback',
    operation: 'submitFeedback',
    expect: 201,
    loopbackOnly: "loopback targets only: feedback would reach Commune's staff",
    body: (v) => ({ type: 'signal', message: `mailsim contract test ${v.run}` }),
  }),
];

// Teardown, children before parents; then the deleted inbox must be gone.
const teardown: FlowStep[] = [
  {
    id: 'revokeApiKey',
    title: 'revoke API key',
    operation: 'revokeApiKey',
    expect: 200,
    phase: 'teardown',
    needs: ['apiKeyId'],
    params: (v) => ({ keyId: s(v, 'apiKeyId') }),
    deletes: 'apiKeyId',
  },
  {
    id: 'deleteDomainInbox',
    title: "delete the domain's inbox",
    operation: 'deleteInbox',
    expect: 200,
    phase: 'teardown',
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    deletes: 'domainInboxId',
  },
  {
    id: 'deleteInbox',
    title: 'delete the default-domain inbox',
    operation: 'deleteInbox',
    expect: 200,
    phase: 'teardown',
    needs: ['inboxDomainId', 'inboxId'],
    params: onDomain('inboxDomainId', 'inboxId'),
    deletes: 'inboxId',
  },
  {
    id: 'getDeletedInbox',
    title: 'get deleted inbox',
    operation: 'getInbox',
    expect: 404,
    phase: 'teardown',
    needs: ['inboxDomainId', 'inboxId', 'deleted:inboxId'],
    params: onDomain('inboxDomainId', 'inboxId'),
  },
];

/** Documented 4xx answers the contract's generic rules cannot derive; none changes the account. */
const errorCases: ErrorCase[] = [
  {
    id: 'createInbox:no-local-part',
    title: 'inbox without local_part',
    operation: 'createInbox',
    expect: 400,
    body: () => ({}),
  },
  {
    id: 'listThreads:no-filter',
    title: 'threads without inbox_id or domain_id',
    operation: 'listThreads',
    expect: 400,
  },
  { id: 'listMessages:no-filter', title: 'messages without a filter', operation: 'listMessages', expect: 400 },
  {
    id: 'searchThreads:no-q',
    title: 'search without q',
    operation: 'searchThreads',
    expect: 400,
    query: (v) => byInbox(v),
  },
  {
    id: 'getDeliveryMetrics:no-filter',
    title: 'metrics without inbox_id or domain_id',
    operation: 'getDeliveryMetrics',
    expect: 400,
  },
  {
    id: 'uploadAttachment:missing-fields',
    title: 'upload without content and mime_type',
    operation: 'uploadAttachment',
    expect: 400,
    body: () => ({ filename: 'x.txt' }),
  },
  {
    id: 'setThreadStatus:invalid',
    title: 'unknown thread status',
    operation: 'setThreadStatus',
    expect: 400,
    params: thread,
    body: () => ({ status: 'mailsim-invalid' }),
  },
  {
    id: 'addThreadTags:empty',
    title: 'empty tag list',
    operation: 'addThreadTags',
    expect: 400,
    params: thread,
    body: () => ({ tags: [] }),
  },
  {
    id: 'assignThread:missing',
    title: 'assign without assigned_to',
    operation: 'assignThread',
    expect: 400,
    params: thread,
    body: () => ({}),
  },
  {
    id: 'testWebhook:no-webhook',
    title: 'test an inbox without a webhook',
    operation: 'testWebhook',
    expect: 400,
    body: (v) => byInbox(v),
  },
  {
    id: 'testWebhook:unknown-inbox',
    title: 'test an unknown inbox',
    operation: 'testWebhook',
    expect: 404,
    body: () => ({ inbox_id: randomUUID() }),
  },
  {
    id: 'submitDmarcReport:not-dmarc',
    title: 'XML that is not a DMARC report',
    operation: 'submitDmarcReport',
    expect: 400,
    headers: () => ({ 'content-type': 'application/xml' }),
    body: () => '<?xml version="1.0"?><nothing/>',
  },
  {
    id: 'updateAgentOrg:no-name',
    title: 'org update without name',
    operation: 'updateAgentOrg',
    expect: 400,
    body: () => ({}),
  },
  {
    id: 'createApiKey:no-name',
    title: 'API key without name',
    operation: 'createApiKey',
    expect: 400,
    body: () => ({}),
  },
  {
    id: 'claimOwnership:api-key',
    title: 'claim with an API key instead of an agent signature',
    operation: 'claimOwnership',
    expect: 400,
    body: () => ({ ownerEmail: 'owner@example.com' }),
  },
  {
    id: 'agentRegister:missing-fields',
    title: 'sign-up without fields (mints nothing)',
    operation: 'agentRegister',
    expect: 400,
    auth: 'none',
    body: () => ({}),
  },
  {
    id: 'agentVerify:unknown-token',
    title: 'verify with an unknown sign-up token',
    operation: 'agentVerify',
    expect: 401,
    auth: 'none',
    body: () => ({
      agentSignupToken: `agt_signup_${hex(24)}`,
      challengeResponse: 'tests:1:0000000000000000',
      signature: Buffer.alloc(64).toString('base64'),
    }),
  },
  {
    id: 'getClaimDetails:malformed-token',
    title: 'claim token that is not 64 hex',
    operation: 'getClaimDetails',
    expect: 400,
    auth: 'none',
    params: () => ({ token: 'not-a-claim-token' }),
  },
  {
    id: 'acceptClaim:malformed-token',
    title: 'accept a token that is not 64 hex',
    operation: 'acceptClaim',
    expect: 400,
    auth: 'none',
    params: () => ({ token: 'not-a-claim-token' }),
  },
  {
    id: 'confirmDataDeletion:no-token',
    title: 'confirm without confirmation_token',
    operation: 'confirmDataDeletion',
    expect: 400,
    params: () => ({ id: `del_${hex(10)}` }),
    body: () => ({}),
  },
  {
    id: 'submitFeedback:invalid',
    title: 'feedback of an unknown type',
    operation: 'submitFeedback',
    expect: 400,
    body: () => ({ type: 'mailsim-invalid', message: 'x' }),
  },
];

export const communeFlow: FlowDefinition = {
  provider: 'commune',
  steps: [...account.slice(0, 2), ...setup, ...mail, ...agentSteps, ...deletionSteps, ...account.slice(2), ...teardown],
  templates: {},
  errorCases,
  placeholders: (run) => ({
    inboxId: randomUUID(),
    inboxDomainId: randomUUID(),
    inboxAddress: `mailsim-ct-${run}@commune.email`,
    domainId: randomUUID(),
    domainName: `mailsim-ct-${run}.example.com`,
    domainInboxId: randomUUID(),
    attachmentId: hex(16),
    threadId: `thread_${randomUUID()}`,
    apiKeyId: hex(16),
    deliveryId: `whd_${hex(10)}`,
    deletionId: `del_${hex(10)}`,
    confirmationToken: hex(32),
    claimToken: hex(32),
    orgName: 'mailsim contract',
    agentId: `agt_${hex(16)}`,
  }),
  // A claim token is 64 hex: any other length is a 400, so an unknown one must have that shape.
  unknownIds: { token: () => hex(32) },
};

// Checks contracts/commune.yaml: operationIds, $refs, closed responses / open requests, error families,
// rate-limit and idempotency headers, envelopes, Ajv compilation, Prism loading, sample bodies, and that every
// request in Commune's skill doc (its curl walkthrough and reference table) is valid against the contract.
// Usage: node scripts/contracts/check-commune.cjs [contract.yaml] [skill.txt] [--table]
const fs = require('fs');
const path = require('path');
const { root, nm, Ajv2020, addFormats, esc, loadContract, collectOperations, checkRefs, compileAll } = require('./check-lib.cjs');

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const file = args[0] || path.join(root, 'contracts', 'commune.yaml');
const skillFile = args[1] || path.join(root, '..', 'shared', 'seeds', 'commune-skill.txt');
const ctx = loadContract(file);
const { doc, fail, resolvePointer, deref } = ctx;

const urls = (doc.servers || []).map((s) => s.url);
for (const u of ['http://localhost:3001', 'https://api.commune.email']) if (!urls.includes(u)) fail(`server ${u} missing`);

// ---------------------------------------------------------------- operations
const expected = {
  listDomains: 'get /v1/domains', createDomain: 'post /v1/domains', getDomain: 'get /v1/domains/{domainId}',
  verifyDomain: 'post /v1/domains/{domainId}/verify', getDomainRecords: 'get /v1/domains/{domainId}/records',
  createInbox: 'post /v1/inboxes', listInboxes: 'get /v1/inboxes', listDomainInboxes: 'get /v1/domains/{domainId}/inboxes',
  createDomainInbox: 'post /v1/domains/{domainId}/inboxes', getInbox: 'get /v1/domains/{domainId}/inboxes/{inboxId}',
  updateInbox: 'put /v1/domains/{domainId}/inboxes/{inboxId}', deleteInbox: 'delete /v1/domains/{domainId}/inboxes/{inboxId}',
  setExtractionSchema: 'put /v1/domains/{domainId}/inboxes/{inboxId}/extraction-schema',
  removeExtractionSchema: 'delete /v1/domains/{domainId}/inboxes/{inboxId}/extraction-schema',
  listThreads: 'get /v1/threads', getThreadMessages: 'get /v1/threads/{threadId}/messages',
  getThreadMetadata: 'get /v1/threads/{threadId}/metadata', setThreadStatus: 'put /v1/threads/{threadId}/status',
  addThreadTags: 'post /v1/threads/{threadId}/tags', removeThreadTags: 'delete /v1/threads/{threadId}/tags',
  assignThread: 'put /v1/threads/{threadId}/assign',
  sendMessage: 'post /v1/messages/send', listMessages: 'get /v1/messages',
  searchThreads: 'get /v1/search/threads', searchLegacy: 'post /v1/search', indexSearchDocument: 'post /v1/search/index',
  indexSearchBatch: 'post /v1/search/index/batch',
  uploadAttachment: 'post /v1/attachments/upload', getAttachment: 'get /v1/attachments/{attachmentId}',
  getAttachmentUrl: 'get /v1/attachments/{attachmentId}/url',
  getDeliveryMetrics: 'get /v1/delivery/metrics', listDeliveryEvents: 'get /v1/delivery/events',
  listSuppressions: 'get /v1/delivery/suppressions',
  listWebhookDeliveries: 'get /v1/webhooks/deliveries', getWebhookDelivery: 'get /v1/webhooks/deliveries/{deliveryId}',
  retryWebhookDelivery: 'post /v1/webhooks/deliveries/{deliveryId}/retry', getWebhookHealth: 'get /v1/webhooks/health',
  testWebhook: 'post /v1/webhooks/test',
  submitDmarcReport: 'post /v1/dmarc/reports', listDmarcReports: 'get /v1/dmarc/reports', getDmarcSummary: 'get /v1/dmarc/summary',
  getAgentOrg: 'get /v1/agent/org', updateAgentOrg: 'patch /v1/agent/org', listApiKeys: 'get /v1/agent/api-keys',
  createApiKey: 'post /v1/agent/api-keys', revokeApiKey: 'delete /v1/agent/api-keys/{keyId}',
  rotateApiKey: 'post /v1/agent/api-keys/{keyId}/rotate', claimOwnership: 'post /v1/agent/claim-ownership',
  agentRegister: 'post /v1/auth/agent-register', agentVerify: 'post /v1/auth/agent-verify',
  getClaimDetails: 'get /v1/auth/claim/{token}', acceptClaim: 'post /v1/auth/claim/{token}/accept',
  previewDataDeletion: 'post /v1/data/deletion-request', confirmDataDeletion: 'post /v1/data/deletion-request/{id}/confirm',
  getDataDeletionStatus: 'get /v1/data/deletion-request/{id}',
  getMeLimits: 'get /v1/me/limits', submitFeedback: 'post /v1/feedback', getCredits: 'get /v1/credits',
  listCreditBundles: 'get /v1/credits/bundles', createCreditsCheckout: 'post /v1/credits/checkout',
  streamEvents: 'get /v1/events/stream',
};
const ops = collectOperations(ctx, expected, { lowerCamelCase: true });

// ---------------------------------------------------------------- $refs
checkRefs(ctx);

// ---------------------------------------------------------------- closed responses, open requests
const schemas = doc.components.schemas;
const isObjectType = (s) => s && (s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object')));
function refsIn(x, out = new Set()) {
  if (Array.isArray(x)) x.forEach((v) => refsIn(v, out));
  else if (x && typeof x === 'object') {
    if (typeof x.$ref === 'string' && x.$ref.startsWith('#/components/schemas/')) {
      const n = x.$ref.split('/').pop();
      if (!out.has(n)) { out.add(n); refsIn(schemas[n], out); }
    }
    for (const v of Object.values(x)) refsIn(v, out);
  }
  return out;
}
function checkClosed(s, at) {
  if (Array.isArray(s)) return s.forEach((v, i) => checkClosed(v, `${at}/${i}`));
  if (!s || typeof s !== 'object') return;
  if (isObjectType(s)) {
    const open = typeof s.description === 'string' && s.description.startsWith('Open object');
    const isMap = s.additionalProperties && typeof s.additionalProperties === 'object';
    if (!open && !isMap && s.additionalProperties !== false) fail(`response object not closed at ${at}`);
  }
  for (const [k, v] of Object.entries(s)) if (k !== 'examples') checkClosed(v, `${at}/${k}`);
}
function checkOpen(s, at) {
  if (Array.isArray(s)) return s.forEach((v, i) => checkOpen(v, `${at}/${i}`));
  if (!s || typeof s !== 'object') return;
  if (s.additionalProperties === false) fail(`request schema closed at ${at}`);
  for (const [k, v] of Object.entries(s)) checkOpen(v, `${at}/${k}`);
}
const responseRefs = new Set();
const requestRefs = new Set();
for (const { m, p, op } of ops) {
  const base = `#/paths/${esc(p)}/${m}`;
  for (const [code, r] of Object.entries(op.responses)) {
    for (const [mt, c] of Object.entries(r.content || {})) {
      checkClosed(c.schema, `${base}/responses/${code}/${mt}`);
      refsIn(c.schema, responseRefs);
    }
  }
  if (op.requestBody) for (const [mt, c] of Object.entries(op.requestBody.content)) {
    checkOpen(c.schema, `${base}/requestBody/${mt}`);
    refsIn(c.schema, requestRefs);
  }
}
for (const n of responseRefs) checkClosed(schemas[n], `#/components/schemas/${n}`);
for (const n of requestRefs) checkOpen(schemas[n], `#/components/schemas/${n}`);
for (const n of Object.keys(schemas)) if (n.endsWith('Request') && !requestRefs.has(n) && !responseRefs.has(n)) fail(`request schema ${n} is unused`);
for (const n of ['WebhookPayload', 'StreamEmailReceived', 'StreamAck']) checkClosed(schemas[n], `#/components/schemas/${n}`);
console.log('response schemas checked closed:', responseRefs.size, '| request schemas checked open:', requestRefs.size);

// ---------------------------------------------------------------- per-operation rules
const FAMILIES = new Set(['PlainError', 'ValidationError', 'FlattenedValidationError', 'CodeError', 'TimestampOutOfRangeError',
  'OwnershipRequiredError', 'PermissionError', 'PlanFeatureError', 'PlanDomainsError', 'QuotaError', 'RateLimitError',
  'BurstLimitError', 'InboxDailyLimitError', 'WarmupLimitError', 'SendingPausedError', 'TooManyRecipientsError',
  'SpamFlaggedError', 'StorageQuotaError', 'ProviderError', 'GlobalError']);
function familiesOf(schema) {
  const branches = schema.anyOf || [schema];
  return branches.map((b) => {
    const r = b.$ref || (b.allOf && b.allOf[0].$ref);
    return r ? r.split('/').pop() : null;
  });
}
const BARE = (p) => /^\/v1\/(agent|auth|data)\//.test(p) || /^\/v1\/webhooks\/(deliveries|health)/.test(p);
const headerOps = {
  'X-RateLimit-Limit-Hour': ['sendMessage'],
  'X-RateLimit-Limit-Day': ['sendMessage', 'createInbox', 'createDomainInbox', 'createDomain'],
  'RateLimit-Limit': ['agentRegister', 'agentVerify', 'claimOwnership', 'submitFeedback'],
  'Idempotency-Replayed': ['sendMessage'],
};
const DEVIATIONS = ['getDomain', 'createInbox', 'createDomainInbox', 'updateInbox', 'deleteInbox', 'sendMessage', 'getAttachment',
  'getAttachmentUrl', 'getDeliveryMetrics', 'listDeliveryEvents', 'listSuppressions', 'testWebhook', 'submitDmarcReport', 'previewDataDeletion', 'streamEvents', 'agentRegister'];
const table = [];
for (const { m, p, op } of ops) {
  const id = op.operationId;
  const codes = Object.keys(op.responses);
  table.push([m.toUpperCase(), p, id, codes.join(' ')]);
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  if (p.startsWith('/v1/auth/') !== isPublic) fail(`${id}: public iff under /v1/auth/`);
  if (!isPublic) for (const c of ['400', '401', '500']) if (!codes.includes(c)) fail(`${id} lacks ${c} (auth errors)`);
  if (!codes.includes('500')) fail(`${id} lacks 500`);
  if (!codes.some((c) => c.startsWith('2'))) fail(`${id} has no success response`);
  for (const [code, r0] of Object.entries(op.responses)) {
    const r = deref(r0);
    const content = r.content || {};
    if (!Object.keys(content).length) fail(`${id} ${code} has no content`);
    const hdrs = Object.keys(r.headers || {});
    for (const [h, allowed] of Object.entries(headerOps)) if (hdrs.includes(h) && !allowed.includes(id)) fail(`${id} ${code} declares ${h}`);
    if (hdrs.includes('Idempotency-Replayed') && code !== '202') fail(`${id} ${code} declares Idempotency-Replayed`);
    if (code === '401' && hdrs.some((h) => /RateLimit/i.test(h))) fail(`${id} 401 declares rate-limit headers`);
    if (code === '429' && hdrs.some((h) => /RateLimit/i.test(h)) && !hdrs.includes('Retry-After')) fail(`${id} 429 lacks Retry-After`);
    if (/^[45]/.test(code)) {
      for (const f of familiesOf(content['application/json'].schema)) if (!FAMILIES.has(f)) fail(`${id} ${code}: branch ${f} is not an error family`);
    } else if (content['application/json']) {
      const s = deref(content['application/json'].schema);
      const props = s.oneOf ? s.oneOf.flatMap((b) => Object.keys(deref(b).properties || {})) : Object.keys(s.properties || {});
      if (BARE(p) && props.includes('data') && id !== 'testWebhook') fail(`${id} ${code} should have no data envelope`);
      if (!BARE(p) && !props.includes('data')) fail(`${id} ${code} lacks the data envelope`);
      if (BARE(p) && id === 'testWebhook') { /* /test is the one webhook route with an envelope */ }
    }
  }
  for (const [h, allowed] of Object.entries(headerOps)) {
    if (allowed.includes(id) && !Object.values(op.responses).some((r) => Object.keys(r.headers || {}).includes(h))) fail(`${id} lacks header ${h}`);
  }
  const params = (op.parameters || []).map(deref);
  const hasIdem = params.some((x) => x.in === 'header' && x.name === 'Idempotency-Key');
  if (hasIdem !== (id === 'sendMessage')) fail(`${id}: Idempotency-Key must be on sendMessage only`);
  for (const name of (p.match(/\{(\w+)\}/g) || []).map((s) => s.slice(1, -1))) {
    const prm = params.find((x) => x.in === 'path' && x.name === name);
    if (!prm) fail(`${id} path param ${name} undeclared`);
    else if (!prm.required || prm.schema.pattern || prm.schema.format) fail(`${id} path param ${name} must be a required free string`);
  }
  const hasDev = /(^|\n)Deviation:/.test(op.description);
  if (DEVIATIONS.includes(id) !== hasDev) fail(`${id}: Deviation paragraph ${hasDev ? 'unexpected' : 'missing'}`);
}
const streamOp = doc.paths['/v1/events/stream'].get;
if (!streamOp.responses['200'].content['text/event-stream']) fail('streamEvents 200 is not text/event-stream');
if (!/keyword/.test(doc.paths['/v1/search/threads'].get.description)) fail('searchThreads does not document keyword search');
const sec = doc.components.securitySchemes;
if (sec.AgentSignature?.type !== 'apiKey' || sec.AgentSignature.name !== 'Authorization') fail('AgentSignature scheme');
if (sec.AgentTimestamp?.name !== 'X-Commune-Timestamp') fail('AgentTimestamp scheme');
if (sec.BearerAuth?.scheme !== 'bearer') fail('BearerAuth scheme');

// ---------------------------------------------------------------- Ajv compile
const { ajv, compileAt } = compileAll(ctx, ops);

// ---------------------------------------------------------------- samples
const cache = new Map();
const v = (ptr, data, want, label = '') => {
  if (!cache.has(ptr)) cache.set(ptr, ajv.compile({ $ref: 'contract' + ptr }));
  const fn = cache.get(ptr);
  const got = fn(data);
  if (got !== want) fail(`sample ${label || ptr} expected ${want} got ${got} ${JSON.stringify(fn.errors)}`);
};
const SCH = (n) => `#/components/schemas/${n}`;
const RESP = (p, m, c, mt = 'application~1json') => `#/paths/${esc(p)}/${m}/responses/${c}/content/${mt}/schema`;
const REQ = (p, m, mt = 'application~1json') => `#/paths/${esc(p)}/${m}/requestBody/content/${mt}/schema`;
const U = '3f1c2b7e-8d4a-4c1e-9b2a-6f0e5d4c3b2a';
const ORG = 'a'.repeat(32);
const T = '2026-04-16T10:23:00.000Z';
const inbox = { id: U, localPart: 'myagent', address: 'myagent@commune.email', displayName: 'My Agent', agent: { name: 'My Agent' }, createdAt: T, orgId: ORG };
v(SCH('Inbox'), inbox, true);
v(SCH('Inbox'), { ...inbox, webhook: { endpoint: 'https://x.test/h', events: ['inbound'], secret: 's' } }, true);
v(SCH('Inbox'), { ...inbox, displayName: null }, false, 'inbox null displayName');
v(SCH('Inbox'), { ...inbox, domain_id: U }, false, 'inbox with domain_id');
v(SCH('InboxWithDomain'), { ...inbox, domain_id: U, domain_name: 'commune.email' }, true);
v(SCH('Inbox'), { ...inbox, id: 'i_abc' }, false, 'inbox id not uuid');
v(RESP('/v1/inboxes', 'post', '201'), { data: { ...inbox, domain_id: U, domain_name: 'commune.email' } }, true);
v(RESP('/v1/inboxes', 'post', '409'), { error: 'An inbox with this local part already exists on this domain' }, true);
v(RESP('/v1/inboxes', 'post', '400'), { error: 'Missing required field: local_part' }, true);
v(RESP('/v1/inboxes', 'post', '400'), { error: 'Something else' }, false, 'unpinned plain 400');
v(RESP('/v1/inboxes', 'post', '403'), { error: 'Inbox limit reached (2/2). Upgrade your plan to create more inboxes.', current_count: 2, limit: 2, current_tier: 'free', upgrade_url: '/dashboard/billing' }, true);
v(RESP('/v1/inboxes', 'post', '403'), { error: 'ownership_required', message: 'm', ownershipStatus: 'unclaimed', claimEndpoint: 'POST /v1/agent/claim-ownership', docs: 'https://commune.email/agent-auth' }, true);
v(RESP('/v1/inboxes', 'post', '403'), { error: 'Insufficient permissions', required: ['inboxes:write'], hint: 'Your API key needs the following permission(s): inboxes:write' }, true);
v(RESP('/v1/inboxes', 'post', '429'), { error: 'Inbox creation rate limit exceeded', retryAfter: 30 }, true);
v(RESP('/v1/inboxes', 'get', '401'), { error: 'Missing Authorization header' }, true);
v(RESP('/v1/inboxes', 'get', '401'), { error: 'timestamp_out_of_range', message: 'm', serverTime: 1 }, true);
v(RESP('/v1/inboxes', 'get', '401'), { error: 'invalid_signature', message: 'Signature verification failed' }, true);
v(RESP('/v1/inboxes', 'get', '401'), { error: { code: 'UNAUTHORIZED' } }, false, 'agentsend-style 401');
v(RESP('/v1/inboxes', 'get', '400'), { error: 'missing_timestamp_header', message: 'X-Commune-Timestamp header required (Unix milliseconds)' }, true);
v(RESP('/v1/inboxes', 'get', '500'), { error: 'Failed to list inboxes' }, true);
v(RESP('/v1/inboxes', 'get', '500'), { error: 'Internal server error', code: 'INTERNAL_ERROR' }, true);
const dom = { id: U, name: 'mycompany.com', status: 'not_started', region: 'us-east-1', createdAt: T,
  records: [{ record: 'SPF', name: 'send', type: 'MX', value: 'feedback-smtp.us-east-1.amazonses.com', ttl: 'Auto', status: 'not_started', priority: 10 }] };
v(RESP('/v1/domains', 'post', '201'), { data: dom }, true);
v(RESP('/v1/domains', 'get', '200'), { data: [{ ...dom, inboxes: [inbox] }] }, true);
v(RESP('/v1/domains', 'post', '400'), { error: { name: 'validation_error', message: 'Invalid domain', statusCode: 422 } }, true);
v(RESP('/v1/domains', 'post', '403'), { error: 'Custom domains require a paid plan', current_tier: 'free', upgrade_url: '/dashboard/billing' }, true);
v(RESP('/v1/domains/{domainId}/verify', 'post', '200'), { data: { object: 'domain', id: U } }, true);
const thread = { thread_id: `thread_${U}`, subject: 'Hi', last_message_at: T, first_message_at: T, message_count: 2, snippet: 'x', last_direction: 'outbound', inbox_id: U, domain_id: U, has_attachments: false };
v(RESP('/v1/threads', 'get', '200'), { data: [thread], next_cursor: 'eyJsYXN0X21lc3NhZ2VfYXQiOiIyMDI2In0', has_more: true }, true);
v(RESP('/v1/threads', 'get', '200'), { data: [], next_cursor: null, has_more: false }, true);
v(RESP('/v1/threads', 'get', '200'), { data: [], next_cursor: 'a=b', has_more: true }, false, 'padded cursor');
v(RESP('/v1/threads', 'get', '200'), { data: [] }, false, 'thread page without cursor');
const outMeta = { created_at: T, subject: 'Hello', message_id: `<${U}@commune.email>`, custom_message_id: `<${U}@commune.email>`, commune_message_id: 'msg_' + 'b'.repeat(32),
  in_reply_to: null, references: [], domain_id: U, inbox_id: U, attachment_ids: [], has_attachments: false, attachment_count: 0, routing_token: 't0123456789ab', delivery_status: 'sent', delivery_data: { sent_at: T } };
const msg = { channel: 'email', message_id: U, thread_id: `thread_${U}`, direction: 'outbound', participants: [{ role: 'sender', identity: '"My Agent" <myagent@commune.email>' }, { role: 'to', identity: 'someone@example.com' }],
  content: 'Hi', content_html: null, attachments: [], created_at: T, metadata: outMeta, orgId: ORG };
v(RESP('/v1/threads/{threadId}/messages', 'get', '200'), { data: [msg] }, true);
v(RESP('/v1/messages', 'get', '200'), { data: [{ ...msg, _id: 'x' }] }, true);
v(RESP('/v1/messages', 'get', '200'), { data: [{ ...msg, secret: 1 }] }, false, 'message extra key');
v(RESP('/v1/messages', 'get', '200'), { data: [{ ...msg, metadata: { ...outMeta, extracted_data: { order_id: 'A1', anything: [1] } } }] }, true);
v(RESP('/v1/messages/send', 'post', '202'), { data: { id: 'msg_' + 'c'.repeat(32), thread_id: `thread_${U}`, status: 'queued' } }, true);
v(RESP('/v1/messages/send', 'post', '202'), { data: { id: 'msg_' + 'c'.repeat(32), thread_id: 'conv_abc123', status: 'queued' } }, true);
v(RESP('/v1/messages/send', 'post', '202'), { data: { id: 're_123', thread_id: 't', status: 'queued' } }, false, 'send id format');
v(RESP('/v1/messages/send', 'post', '400'), { error: 'Invalid request', details: [{ path: 'subject', message: 'Subject is required' }] }, true);
v(RESP('/v1/messages/send', 'post', '400'), { error: 'Unexpected token } in JSON at position 1', code: 'INTERNAL_ERROR' }, true);
v(RESP('/v1/messages/send', 'post', '429'), { error: 'Send rate too high — slow down', reasons: ['>15 in 10s'], retryAfter: 10 }, true);
v(RESP('/v1/messages/send', 'post', '429'), { error: 'Inbox daily send limit exceeded', inbox_id: U, current_count: 20, daily_limit: 20, tier: 'free' }, true);
const meta = { thread_id: 'conv_abc123', orgId: ORG, tags: ['vip'], status: 'needs_reply', assigned_to: 'agent-007', updated_at: T };
v(RESP('/v1/threads/{threadId}/metadata', 'get', '200'), { data: meta }, true);
v(RESP('/v1/threads/{threadId}/metadata', 'get', '200'), { data: { thread_id: 'x', tags: [], status: 'open', assigned_to: null } }, true);
v(RESP('/v1/threads/{threadId}/tags', 'delete', '200'), { data: { thread_id: 'x', tags: [], status: 'open' } }, true);
v(RESP('/v1/threads/{threadId}/status', 'put', '200'), { data: { ...meta, status: 'archived' } }, false, 'bad thread status');
v(RESP('/v1/threads/{threadId}/status', 'put', '400'), { error: 'Invalid status. Must be one of: open, needs_reply, waiting, closed' }, true);
const kwHit = { thread_id: `thread_${U}`, subject: 'Refund', last_message_at: T, message_count: 1, snippet: 'refund please', last_direction: 'inbound', inbox_id: U, domain_id: U, score: 0.8 };
v(RESP('/v1/search/threads', 'get', '200'), { data: [kwHit], search_type: 'keyword' }, true);
v(RESP('/v1/search/threads', 'get', '200'), { data: [kwHit], search_type: 'vector' }, false, 'keyword hit labelled vector');
v(RESP('/v1/search/threads', 'get', '200'), { data: [{ ...kwHit, score: 1.5 }], search_type: 'keyword' }, false, 'score > 1');
v(RESP('/v1/search/threads', 'get', '403'), { error: 'This feature requires a paid plan', feature: 'semanticSearch', current_tier: 'free', required_tier: 'agent_pro', upgrade_url: '/dashboard/billing' }, true);
v(RESP('/v1/attachments/upload', 'post', '201'), { data: { attachment_id: 'd'.repeat(32), filename: 'invoice.pdf', mime_type: 'application/pdf', size: 45230 } }, true);
v(RESP('/v1/attachments/upload', 'post', '201'), { data: { attachment_id: 'att_abc123', filename: 'f', mime_type: 'x', size: 1 } }, false, 'att_ id');
v(RESP('/v1/attachments/upload', 'post', '413'), { error: 'Attachment storage limit exceeded', used_mb: 100, limit_mb: 100, current_tier: 'free', upgrade_url: '/dashboard/billing' }, true);
v(RESP('/v1/attachments/{attachmentId}/url', 'get', '200'), { data: { url: 'http://localhost:3001/_mailsim/commune/attachments/x?exp=1&sig=y', expires_in: 3600, filename: 'f', mime_type: 'x', size: 1 } }, true);
v(RESP('/v1/delivery/metrics', 'get', '200'), { data: { inbox_id: U, period: { start: T, end: T, days: 7 }, sent: 0, delivered: 0, bounced: 0, complained: 0, failed: 0, suppressed: 0, orphan_events: 0,
  delivery_rate: 'N/A', bounce_rate: 'N/A', complaint_rate: 'N/A', failure_rate: 'N/A', suppression_rate: 'N/A', orphan_event_rate: 'N/A' } }, true);
const wd = { delivery_id: 'whd_' + 'e'.repeat(20), inbox_id: U, message_id: 'm', endpoint: 'https://x.test/h', status: 'retrying', attempt_count: 1, max_attempts: 8, created_at: T,
  delivered_at: null, dead_at: null, last_error: 'HTTP 500: boom', last_status_code: 500, delivery_latency_ms: null, next_retry_at: T };
v(RESP('/v1/webhooks/deliveries', 'get', '200'), { deliveries: [wd], total: 1 }, true);
v(RESP('/v1/webhooks/deliveries', 'get', '200'), { data: [wd], total: 1 }, false, 'enveloped deliveries');
v(RESP('/v1/webhooks/deliveries', 'get', '200'), { deliveries: [{ ...wd, status: 'failed' }], total: 1 }, false, 'failed status');
v(RESP('/v1/webhooks/deliveries/{deliveryId}', 'get', '200'), { delivery: { ...wd, payload_hash: 'f'.repeat(16), attempts: [{ attempt: 1, status_code: 500, error: 'HTTP 500: boom', latency_ms: 12, attempted_at: T }] } }, true);
v(RESP('/v1/webhooks/test', 'post', '200'), { data: { delivered: true, status_code: 200, response_time_ms: 5, endpoint: 'http://127.0.0.1:9/h', event_type: 'message.received', test: true } }, true);
v(RESP('/v1/dmarc/summary', 'get', '200'), { data: null, message: 'No DMARC reports found for this period' }, true);
v(RESP('/v1/agent/api-keys', 'post', '201'), { apiKey: 'comm_' + 'a'.repeat(64), id: 'b'.repeat(32), name: 'outbound-only', keyPrefix: 'comm_aaaaaaa', permissions: ['messages:write'], status: 'active', expiresAt: null, createdAt: T, message: 'Store immediately' }, true);
v(RESP('/v1/agent/api-keys', 'post', '201'), { data: { apiKey: 'comm_' + 'a'.repeat(64) } }, false, 'enveloped key');
v(RESP('/v1/agent/api-keys', 'post', '429'), { error: 'api_key_limit_reached', message: 'Maximum 10 API keys per organization.' }, true);
v(RESP('/v1/auth/agent-register', 'post', '201'), { agentSignupToken: 'agt_signup_' + 'a'.repeat(48), challenge: { text: 't', format: '<primary_verb>:<word_count>:<epoch_marker>' }, instructions: ['a', 'b', 'c', 'd'], expiresIn: 900 }, true);
v(RESP('/v1/auth/agent-register', 'post', '400'), { error: 'missing_fields', message: 'Required: agentName, agentPurpose, orgName, orgSlug, publicKey' }, true);
v(RESP('/v1/auth/agent-register', 'post', '400'), { error: 'slug_exists', message: 'x' }, false, 'slug_exists at 400');
v(RESP('/v1/auth/agent-verify', 'post', '200'), { agentId: 'agt_' + 'a'.repeat(32), orgId: ORG, inboxEmail: 'myorg@commune.email', ownershipStatus: 'unclaimed',
  nextStep: { action: 'claim_ownership', endpoint: 'POST /v1/agent/claim-ownership', body: { ownerEmail: '<your_owner_email>' }, description: 'd' }, message: 'm' }, true);
const counts = Object.fromEntries(['messages', 'attachments', 'domains', 'inboxes', 'webhook_deliveries', 'delivery_events', 'blocked_spam', 'thread_metadata', 'dmarc_reports', 'alerts',
  'suppressions', 'spam_reports', 'audit_logs', 'users', 'api_keys', 'sessions', 'verification_tokens'].map((k) => [k, 0]));
v(RESP('/v1/data/deletion-request', 'post', '201'), { id: 'del_' + 'a'.repeat(20), scope: 'messages', inbox_id: U, before: '2025-01-01T00:00:00.000Z', status: 'pending', preview: counts,
  confirmation_token: 'c'.repeat(64), confirm_by: T, requested_at: T, warning: 'w' }, true);
v(RESP('/v1/data/deletion-request/{id}', 'get', '200'), { id: 'del_' + 'a'.repeat(20), scope: 'inbox', status: 'expired', preview: counts, confirm_by: T, requested_at: T }, true);
v(RESP('/v1/me/limits', 'get', '200'), { data: { org_id: ORG, plan: 'pro', limits: { emails_per_hour: 200, emails_per_day: 1000, inboxes: 25, domains: 3 }, usage: { emails_sent_today: 0, inboxes_count: 1 },
  rate_limit_windows: { hourly_resets_at: T, daily_resets_at: T } } }, true);
v(RESP('/v1/credits/checkout', 'post', '503'), { error: 'credit_bundles_not_configured', message: 'Credit purchase is not yet configured. Contact support.' }, true);
v(SCH('StreamEmailReceived'), { type: 'email.received', inbox_id: U, inbox_address: 'a@commune.email', thread_id: 'x', message_id: 'm', subject: 's', from: 'b@example.com', direction: 'inbound', created_at: T }, true);
// requests
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', unknown: 1 }, true);
v(REQ('/v1/messages/send', 'post'), { to: [], subject: 'x' }, false, 'send empty to');
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co' }, false, 'send without subject');
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: '' }, false, 'send empty subject');
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', cc: 'not an address' }, false, 'send bad cc');
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', from: 'Bot <bot@commune.email>', attachments: ['d'.repeat(32), { filename: 'a.txt', content: 'aGk=' }] }, true);
v(REQ('/v1/messages/send', 'post'), { to: 'a@b.co', subject: 'x', attachments: [{ filename: 'a.txt' }] }, false, 'inline attachment without content');
v(REQ('/v1/inboxes', 'post'), {}, true);
v(REQ('/v1/inboxes', 'post'), { local_part: 5 }, false, 'numeric local_part');
v(REQ('/v1/threads/{threadId}/tags', 'post'), { tags: 'not-an-array' }, true);
v(REQ('/v1/auth/agent-register', 'post'), { agentName: 'A', publicKey: 'short' }, true);

// ---------------------------------------------------------------- Prism can load it
let prismDone = Promise.resolve();
try {
  const { getHttpOperationsFromSpec } = require(path.join(nm, '@stoplight/prism-http'));
  prismDone = Promise.resolve(getHttpOperationsFromSpec(doc)).then((list) => {
    if (list.length !== ops.length) fail(`Prism sees ${list.length} operations, expected ${ops.length}`);
    else console.log('Prism loaded operations:', list.length);
  }).catch((e) => fail(`Prism failed to load the contract: ${e.message}`));
} catch (e) { fail(`Prism not loadable: ${e.message}`); }

// ---------------------------------------------------------------- the skill doc's requests
const routes = ops.map(({ m, p, op }) => {
  const names = [];
  const re = new RegExp('^' + p.replace(/\{(\w+)\}/g, (_x, n) => { names.push(n); return '([^/]+)'; }) + '/?$');
  return { method: m.toUpperCase(), p, op, names, re };
});
const pajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: 'array', useDefaults: true });
addFormats(pajv);
pajv.addFormat('binary', true);
pajv.addSchema(doc, 'contract');
function matchRoute(method, urlPath) {
  const statics = routes.filter((r) => r.names.length === 0 && r.re.test(urlPath));
  const dyn = routes.filter((r) => r.names.length > 0 && r.re.test(urlPath)).sort((a, b) => a.names.length - b.names.length);
  return [...statics, ...dyn].find((r) => r.method === method) || null;
}
function validateRequest(req) {
  const r = matchRoute(req.method, req.path);
  if (!r) return [`no operation for ${req.method} ${req.path}`];
  const errs = [];
  const params = (r.op.parameters || []).map(deref);
  const m = r.re.exec(req.path);
  const parts = { path: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])), query: req.query, header: req.headers };
  for (const loc of ['path', 'query', 'header']) {
    const ps = params.filter((x) => x.in === loc);
    const props = {};
    const required = [];
    for (const x of ps) { const k = loc === 'header' ? x.name.toLowerCase() : x.name; props[k] = { ...x.schema }; if (x.required) required.push(k); }
    const fn = pajv.compile({ type: 'object', properties: JSON.parse(JSON.stringify(props).replace(/"#\//g, '"contract#/')), required });
    if (!fn(parts[loc])) errs.push(`${loc}: ${pajv.errorsText(fn.errors)}`);
  }
  const ct = (req.headers['content-type'] || 'application/json').split(';')[0];
  if (req.body !== undefined) {
    if (!r.op.requestBody) errs.push('body sent to an operation without a request body');
    else if (!r.op.requestBody.content[ct]) errs.push(`content type ${ct} not declared`);
    else if (ct === 'application/json') {
      let parsed;
      try { parsed = JSON.parse(req.body); } catch (e) { errs.push(`body is not JSON: ${e.message}`); }
      if (parsed !== undefined) {
        const fn = pajv.compile({ $ref: `contract#/paths/${esc(r.p)}/${r.method.toLowerCase()}/requestBody/content/application~1json/schema` });
        if (!fn(parsed)) errs.push(`body: ${pajv.errorsText(fn.errors)}`);
      }
    }
  } else if (r.op.requestBody && r.op.requestBody.required) errs.push('required body missing');
  const secured = !(Array.isArray(r.op.security) && r.op.security.length === 0);
  const auth = req.headers.authorization || '';
  if (secured && !/^Bearer comm_/.test(auth) && !/^Agent /.test(auth)) errs.push('secured operation called without credentials');
  return errs.length ? errs.map((e) => `${r.op.operationId}: ${e}`) : [];
}

// A small shell-word splitter: quotes (across newlines), backslash escapes, line continuations, stops at | ; &.
function shellWords(src) {
  const words = [];
  let cur = null;
  let i = 0;
  const push = () => { if (cur !== null) words.push(cur); cur = null; };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') { i += 2; continue; }
    if (/\s/.test(c)) { push(); i++; continue; }
    if (c === '|' || c === ';' || c === '&') break;
    if (c === "'") { const j = src.indexOf("'", i + 1); cur = (cur || '') + src.slice(i + 1, j); i = j + 1; continue; }
    if (c === '"') {
      let j = i + 1; let s = '';
      while (src[j] !== '"') { if (src[j] === '\\' && '"\\$`'.includes(src[j + 1])) { s += src[j + 1]; j += 2; } else { s += src[j]; j++; } }
      cur = (cur || '') + s; i = j + 1; continue;
    }
    if (c === '\\') { cur = (cur || '') + src[i + 1]; i += 2; continue; }
    cur = (cur || '') + c; i++;
  }
  push();
  return words;
}
function extractCurls(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*curl\s/.test(lines[i])) continue;
    let chunk = lines[i];
    let j = i;
    const balanced = (s) => { let sq = false, dq = false; for (let k = 0; k < s.length; k++) { const c = s[k]; if (c === '\\' && !sq) { k++; continue; } if (c === "'" && !dq) sq = !sq; else if (c === '"' && !sq) dq = !dq; } return !sq && !dq; };
    while ((!balanced(chunk) || /\\\s*$/.test(chunk)) && j + 1 < lines.length) { j++; chunk += '\n' + lines[j]; }
    out.push({ line: i + 1, src: chunk });
    i = j;
  }
  return out;
}
const ENV = { KEY: 'comm_' + '0'.repeat(64), B64: Buffer.from('%PDF-1.4 test').toString('base64') };
function toRequest(words) {
  const req = { method: 'GET', headers: {}, query: {}, body: undefined, url: null };
  for (let k = 1; k < words.length; k++) {
    const w = words[k].replace(/\$(\w+)/g, (_x, n) => ENV[n] ?? `$${n}`);
    if (w === '-X') req.method = words[++k];
    else if (w === '-H') { const h = words[++k].replace(/\$(\w+)/g, (_x, n) => ENV[n] ?? `$${n}`); const idx = h.indexOf(':'); req.headers[h.slice(0, idx).trim().toLowerCase()] = h.slice(idx + 1).trim(); }
    else if (w === '-d' || w === '--data' || w === '--data-binary') { const b = words[++k].replace(/\$(\w+)/g, (_x, n) => ENV[n] ?? `$${n}`); req.body = b; if (req.method === 'GET') req.method = 'POST'; }
    else if (w.startsWith('-')) continue;
    else req.url = w;
  }
  const u = new URL(req.url);
  req.path = u.pathname;
  for (const [key, val] of u.searchParams) req.query[key] = val;
  if (req.body && req.body.startsWith('@')) { req.binary = req.body; req.body = undefined; }
  return req;
}
const skill = fs.readFileSync(skillFile, 'utf8');
const curls = extractCurls(skill);
let curlOk = 0;
for (const c of curls) {
  const req = toRequest(shellWords(c.src));
  if (req.binary) {
    // --data-binary @file: the DMARC upload; check route and content type only.
    const r = matchRoute(req.method, req.path);
    const ct = req.headers['content-type'];
    if (!r || !r.op.requestBody || !r.op.requestBody.content[ct]) fail(`skill line ${c.line}: ${req.method} ${req.path} (${ct}) has no matching binary body`);
    else curlOk++;
    continue;
  }
  const errs = validateRequest(req);
  if (process.env.SHOW_CURLS) console.log(c.line, req.method, req.path, JSON.stringify(req.query), req.body === undefined ? '' : req.body.replace(/\s+/g, ' ').slice(0, 90));
  if (errs.length) fail(`skill line ${c.line}: ${req.method} ${req.path}: ${errs.join('; ')}`);
  else curlOk++;
}
// The python agent-verify example posts {agentSignupToken, signature}.
const pyVerify = validateRequest({ method: 'POST', path: '/v1/auth/agent-verify', query: {}, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentSignupToken: 'TOKEN_FROM_STEP_1', signature: 'c2ln' }) });
if (pyVerify.length) fail(`skill python agent-verify: ${pyVerify.join('; ')}`);
// The reference table rows: every METHOD /v1/path names an operation.
let rows = 0;
for (const line of skill.split('\n')) {
  const mm = /^(GET|POST|PUT|PATCH|DELETE) (\/v1\/\S+)/.exec(line.trim());
  if (!mm) continue;
  rows++;
  const concrete = mm[2].replace(/:(\w+)/g, 'x_$1');
  if (!matchRoute(mm[1], concrete)) fail(`skill reference row "${mm[1]} ${mm[2]}" has no operation`);
}
console.log(`skill doc: ${curlOk}/${curls.length} curl requests valid, ${rows} reference rows checked`);
if (curls.length < 50) fail(`only ${curls.length} curl examples found in the skill doc`);

// ---------------------------------------------------------------- contracts/commune.md lists every operation
const mdFile = path.join(path.dirname(file), 'commune.md');
if (fs.existsSync(mdFile)) {
  const listed = new Map();
  for (const line of fs.readFileSync(mdFile, 'utf8').split('\n')) {
    const mm = /^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| `(\w+)` \|[^|]*\| ([^|]+)\|$/.exec(line);
    if (mm) listed.set(mm[3], { where: `${mm[1].toLowerCase()} ${mm[2]}`, codes: mm[4].match(/\b\d{3}\b/g).join(' ') });
  }
  for (const { m, p, op } of ops) {
    const row = listed.get(op.operationId);
    if (!row) fail(`commune.md does not list ${op.operationId}`);
    else if (row.where !== `${m} ${p}` || row.codes !== Object.keys(op.responses).join(' ')) fail(`commune.md row of ${op.operationId} is out of date`);
  }
  if (listed.size !== ops.length) fail(`commune.md lists ${listed.size} operations, the contract has ${ops.length}`);
} else fail('contracts/commune.md missing');

prismDone.then(() => {
  if (process.argv.includes('--table')) {
    const w = [7, 62, 24];
    for (const t of table) console.log(t[0].padEnd(w[0]) + t[1].padEnd(w[1]) + t[2].padEnd(w[2]) + t[3]);
  }
  console.log(`operations: ${ops.length}`);
  console.log(ctx.failures ? `${ctx.failures} FAILURE(S)` : 'ALL CHECKS PASSED');
  process.exit(ctx.failures ? 1 : 0);
});

// Checks contracts/agentsend.yaml: operationIds, $refs, response schemas, and that every schema compiles with Ajv 2020.
const path = require('path');
const { esc, loadContract, collectOperations, checkRefs, compileAll } = require('./check-lib.cjs');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'contracts', 'agentsend.yaml');
const ctx = loadContract(file);
const { doc, fail, resolvePointer, deref } = ctx;

const expected = {
  getHealth: 'get /health', createInbox: 'post /inboxes', listInboxes: 'get /inboxes', getInbox: 'get /inboxes/{id}',
  deleteInbox: 'delete /inboxes/{id}', sendMessage: 'post /inboxes/{inboxId}/messages',
  listMessages: 'get /inboxes/{inboxId}/messages', getMessage: 'get /messages/{id}', deleteMessage: 'delete /messages/{id}',
  listThreads: 'get /inboxes/{inboxId}/threads', getThread: 'get /threads/{id}', listThreadMessages: 'get /threads/{id}/messages',
  createWebhook: 'post /webhooks', listWebhooks: 'get /webhooks', getWebhook: 'get /webhooks/{id}', updateWebhook: 'put /webhooks/{id}',
  deleteWebhook: 'delete /webhooks/{id}', createDomain: 'post /domains', listDomains: 'get /domains', getDomain: 'get /domains/{id}',
  verifyDomain: 'post /domains/{id}/verify', deleteDomain: 'delete /domains/{id}', uploadAttachment: 'post /attachments',
  getAttachment: 'get /attachments/{id}', getAccount: 'get /account', createApiKey: 'post /account/api-keys',
  listApiKeys: 'get /account/api-keys', revokeApiKey: 'delete /account/api-keys/{id}', autoProvision: 'post /auth/auto-provision',
  signup: 'post /auth/signup', sendCode: 'post /auth/send-code', verifyCode: 'post /auth/verify-code', magicLink: 'post /auth/magic-link',
  verifyMagicLink: 'get /auth/verify',
};
const ops = collectOperations(ctx, expected);
checkRefs(ctx);
// No additionalProperties:false in request bodies (the real server strips unknown keys).
for (const [n, s] of Object.entries(doc.components.schemas)) {
  if (n.endsWith('Request') && s.additionalProperties === false) fail(`request schema ${n} is closed`);
}

const summary = [];
for (const { m, p, op } of ops) {
  const codes = Object.keys(op.responses);
  summary.push(`${op.operationId.padEnd(20)} ${m.toUpperCase().padEnd(6)} ${p.padEnd(34)} ${codes.join(' ')}`);
  for (const [code, r0] of Object.entries(op.responses)) {
    const r = deref(r0);
    const hasSchema = r.content && Object.values(r.content).some((c) => c.schema);
    if (code === '204') { if (r.content) fail(`${op.operationId} 204 has content`); }
    else if (!hasSchema) fail(`${op.operationId} ${code} has no content schema`);
    const hdrs = Object.keys(r.headers || {});
    if (code === '401' && hdrs.length) fail(`${op.operationId} 401 has headers`);
    if (code !== '401' && !hdrs.includes('X-RateLimit-Limit')) fail(`${op.operationId} ${code} lacks rate headers`);
    if (code === '429' && !hdrs.includes('Retry-After')) fail(`${op.operationId} 429 lacks Retry-After`);
    if (m === 'post' && code !== '401' && !hdrs.includes('Idempotent-Replayed')) fail(`${op.operationId} ${code} lacks Idempotent-Replayed`);
  }
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  if (p === '/health' || p.startsWith('/auth/')) { if (!isPublic) fail(`${op.operationId} should be public`); }
  else if (op.security) fail(`${op.operationId} overrides security`);
  if (!isPublic && !codes.includes('401')) fail(`${op.operationId} lacks 401`);
  if (isPublic && codes.includes('401')) fail(`${op.operationId} public but 401`);
  for (const c of ['429', '500']) if (!codes.includes(c)) fail(`${op.operationId} lacks ${c}`);
  const params = (op.parameters || []).map(deref);
  if (m === 'post') {
    if (!(op.parameters || []).some((x) => x.$ref === '#/components/parameters/IdempotencyKey')) fail(`${op.operationId} lacks Idempotency-Key`);
    for (const c of ['409', '422']) if (!codes.includes(c)) fail(`${op.operationId} lacks ${c}`);
  }
  const hasInput = params.some((x) => x.in !== 'header') || op.requestBody;
  if (hasInput && !codes.includes('400')) fail(`${op.operationId} lacks 400`);
  for (const name of (p.match(/\{(\w+)\}/g) || []).map((s) => s.slice(1, -1))) {
    const prm = params.find((x) => x.in === 'path' && x.name === name);
    if (!prm) fail(`${op.operationId} path param ${name} undeclared`);
    else if (prm.schema.format !== 'uuid' || !prm.required) fail(`${op.operationId} path param ${name} not required uuid`);
  }
}
console.log(summary.join('\n'));

const { ajv } = compileAll(ctx, ops);

// sample validation
const v = (ptr, data, want) => {
  const fn = ajv.compile({ $ref: 'contract' + ptr });
  const got = fn(data);
  if (got !== want) fail(`sample ${ptr} expected ${want} got ${got} ${JSON.stringify(fn.errors)}`);
};
const U = '3f1c2b7e-8d4a-4c1e-9b2a-6f0e5d4c3b2a';
const T = '2026-04-16T10:23:00.000Z';
const inbox = { id: U, accountId: U, domainId: null, address: 'agent-abcd1234@agentsend.io', displayName: null, dailySendLimit: 10,
  isVerified: false, sendsToday: 0, bounceCount: 0, complaintCount: 0, totalSent: 0, status: 'active', deletedAt: null, createdAt: T, updatedAt: T };
v('#/components/schemas/Inbox', inbox, true);
v('#/components/schemas/Inbox', { ...inbox, extra: 1 }, false);
const { deletedAt, ...noDel } = inbox;
v('#/components/schemas/Inbox', noDel, false);
const msg = { id: U, inboxId: U, accountId: U, threadId: U, direction: 'outbound', fromAddress: 'Bot <a@agentsend.io>', toAddresses: ['x@y.com'],
  ccAddresses: [], bccAddresses: [], subject: 'Hi', bodyText: 'x', bodyHtml: null,
  attachments: [{ id: U, key: 'outbound/a/b/f.txt', filename: 'f.txt', contentType: 'text/plain', size: 3 }], status: 'queued',
  sesMessageId: null, errorMessage: null, retryCount: 0, messageIdHeader: '<abc@agentsend.io>', inReplyTo: null, referencesHeaders: [],
  rawHeaders: null, sentAt: null, createdAt: T, delivery: 'email' };
v('#/components/schemas/Message', msg, true);
v('#/components/schemas/Message', { ...msg, rawHeaders: { from: 'a@b.c', received: ['x', 'y'] } }, true);
v('#/components/schemas/Message', { ...msg, rawHeaders: { from: { a: 1 } } }, false);
v('#/components/schemas/Message', { ...msg, delivery: 'sms' }, false);
const secret = 'whsec_' + 'ab'.repeat(24);
const wh = { id: U, accountId: U, url: 'http://localhost:4000/hook', events: ['message.received'], description: null, isActive: true, createdAt: T, updatedAt: T };
v('#/components/schemas/WebhookWithSecret', { ...wh, secret }, true);
v('#/components/schemas/WebhookWithSecret', wh, false);
v('#/components/schemas/Webhook', wh, true);
const { accountId, ...whList } = wh;
v('#/components/schemas/WebhookList', { data: [whList] }, true);
v('#/components/schemas/Webhook', { ...wh, secret }, false);
const dom = { id: U, accountId: U, domain: 'example.com', verificationStatus: 'pending', sendingStatus: 'pending_dkim', receivingStatus: 'pending',
  dkimTokens: ['a', 'b', 'c'], verificationToken: 'tok', verifiedAt: null, sendingVerifiedAt: null, receivingVerifiedAt: null, createdAt: T, updatedAt: T };
const recs = { dnsRecords: [{ type: 'TXT', name: '_amazonses.example.com', value: 'tok' }, { type: 'MX', name: 'example.com', value: 'mx.agentsend.io', priority: 10 }],
  sendingDnsRecords: [{ type: 'TXT', name: '_amazonses.example.com', value: 'tok' }], receivingDnsRecords: [{ type: 'MX', name: 'example.com', value: 'mx.agentsend.io', priority: 10 }] };
v('#/components/schemas/DomainPage', { data: [dom], total: 1 }, true);
v('#/components/schemas/DomainPage', { data: [{ ...dom, ...recs }], total: 1 }, false);
v('#/components/schemas/DomainWithDnsRecords', { ...dom, ...recs }, true);
v('#/components/schemas/AttachmentWithUrl', { id: U, accountId: U, key: 'k', filename: 'f', contentType: 'text/plain', size: 1, createdAt: T, url: 'http://localhost:3000/x?sig=1' }, true);
v('#/components/schemas/ApiKeyCreated', { id: U, key: 'ask_' + 'A'.repeat(40), prefix: 'ask_AAAAAAAA', name: null, message: 'm' }, true);
v('#/components/schemas/AutoProvisionResult', { account: { id: U, email: 'agent-x@agentsend.io', plan: 'free' }, apiKey: 'ask_' + 'a_-'.repeat(13) + 'a', isNew: true, claimUrl: null }, true);
v('#/components/schemas/Health', { status: 'ok', timestamp: T }, true);
// errors
const P = (p, m, c) => `#/paths/${esc(p)}/${m}/responses/${c}/content/application~1json/schema`;
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: { code: 'THREAD_INBOX_MISMATCH', message: 'm', status: 400 } }, true);
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: { code: 'VALIDATION_ERROR', message: 'm', status: 400, details: { to: ['Required'] } } }, true);
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: { code: 'VALIDATION_ERROR', message: 'm', status: 400, extra: 1 } }, false);
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: { code: 'NOT_FOUND', message: 'm', status: 400 } }, false);
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: { code: 'VALIDATION_ERROR', message: 'm', status: 404 } }, false);
v(P('/inboxes/{inboxId}/messages', 'post', '400'), { error: 'No file uploaded' }, false);
v(P('/attachments', 'post', '400'), { error: 'No file uploaded' }, true);
v(P('/attachments', 'post', '400'), { error: { code: 'ATTACHMENT_TOO_LARGE', message: 'm', status: 400 } }, true);
v(P('/account/api-keys/{id}', 'delete', '404'), { error: 'API key not found' }, true);
v(P('/auth/verify-code', 'post', '400'), { error: 'Invalid code.' }, true);
v(P('/auth/verify', 'get', '400'), { error: 'Invalid or expired magic link' }, true);
v(P('/inboxes', 'post', '409'), { error: { code: 'INBOX_ADDRESS_TAKEN', message: 'm', status: 409 } }, true);
v(P('/inboxes', 'post', '422'), { error: { code: 'IDEMPOTENCY_KEY_REUSED', message: 'm', status: 422 } }, true);
// requests
const R = (p, m, mt = 'application~1json') => `#/paths/${esc(p)}/${m}/requestBody/content/${mt}/schema`;
v(R('/inboxes/{inboxId}/messages', 'post'), { to: ['a@b.co'], subject: 'x', unknownKey: 1 }, true);
v(R('/inboxes/{inboxId}/messages', 'post'), { to: [], subject: 'x' }, false);
v(R('/inboxes/{inboxId}/messages', 'post'), { to: ['a@b.co'], subject: 'x', attachmentIds: new Array(11).fill(U) }, false);
v(R('/inboxes', 'post'), {}, true);
v(R('/inboxes', 'post'), { prefix: 'bot', displayName: 'Bot' }, true);
v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: null }, true);
v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: [] }, true);
v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: ['message.opened'] }, false);
v(R('/domains', 'post'), { domain: 'example.com' }, true);
v(R('/domains', 'post'), { domain: 'localhost' }, false);
v(R('/auth/verify-code', 'post'), { email: 'a@b.co', code: '12345' }, false);
v(R('/auth/auto-provision', 'post'), { deviceId: 'short' }, false);

console.log(ctx.failures ? `${ctx.failures} FAILURE(S)` : 'ALL CHECKS PASSED');
process.exit(ctx.failures ? 1 : 0);

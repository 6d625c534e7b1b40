// AgentSend's own rules (contracts/agentsend.md): which responses carry which headers, public
// routes, the Idempotency-Key on every POST, UUID path ids, closed responses and open requests,
// and sample bodies each schema must accept or reject.
import { checkRequestsOpen, checkResponsesClosed, sampler, templateNames } from './lib.mjs';

export default function checkAgentSend({ contract, fail, validator }) {
  checkResponsesClosed(contract, fail);
  checkRequestsOpen(contract, fail);
  for (const { id, method, path, op, parameters, responses } of contract.operations()) {
    const codes = Object.keys(responses);
    for (const [code, { node: r }] of Object.entries(responses)) {
      const hasSchema = Object.values(r.content ?? {}).some((m) => m.schema);
      if (code === '204') {
        if (r.content) fail(`${id} 204 has content`);
      } else if (!hasSchema) fail(`${id} ${code} has no content schema`);
      const headers = Object.keys(r.headers ?? {});
      if (code === '401' && headers.length) fail(`${id} 401 declares headers (contracts/agentsend.md: none on 401)`);
      if (code !== '401' && !headers.includes('X-RateLimit-Limit')) fail(`${id} ${code} lacks the rate-limit headers`);
      if (code === '429' && !headers.includes('Retry-After')) fail(`${id} 429 lacks Retry-After`);
      if (method === 'post' && code !== '401' && !headers.includes('Idempotent-Replayed')) {
        fail(`${id} ${code} lacks Idempotent-Replayed`);
      }
    }
    const isPublic = Array.isArray(op.security) && op.security.length === 0;
    if (path === '/health' || path.startsWith('/auth/')) {
      if (!isPublic) fail(`${id} should be public (security: [])`);
    } else if (op.security) fail(`${id} overrides security`);
    if (!isPublic && !codes.includes('401')) fail(`${id} lacks 401`);
    if (isPublic && codes.includes('401')) fail(`${id} is public but declares 401`);
    for (const c of ['429', '500']) if (!codes.includes(c)) fail(`${id} lacks ${c}`);
    if (method === 'post') {
      const keyed = (op.parameters ?? []).some((x) => x.$ref === '#/components/parameters/IdempotencyKey');
      if (!keyed) fail(`${id} lacks the IdempotencyKey parameter`);
      for (const c of ['409', '422']) if (!codes.includes(c)) fail(`${id} lacks ${c} (idempotency)`);
    }
    const hasInput = parameters.some((x) => x.in !== 'header') || op.requestBody;
    if (hasInput && !codes.includes('400')) fail(`${id} takes input but lacks 400`);
    for (const name of templateNames(path)) {
      const p = parameters.find((x) => x.in === 'path' && x.name === name);
      if (p && p.schema?.format !== 'uuid') fail(`${id} path parameter ${name} is not a uuid`);
    }
  }
  samples(contract, sampler(validator, fail));
}

const U = '3f1c2b7e-8d4a-4c1e-9b2a-6f0e5d4c3b2a';
const T = '2026-04-16T10:23:00.000Z';

function samples(contract, v) {
  const S = (name) => `#/components/schemas/${name}`;
  const P = (path, method, code) => contract.responseSchemaPointer(path, method, code);
  const R = (path, method) => contract.requestSchemaPointer(path, method);
  const inbox = {
    id: U,
    accountId: U,
    domainId: null,
    address: 'agent-abcd1234@agentsend.io',
    displayName: null,
    dailySendLimit: 10,
    isVerified: false,
    sendsToday: 0,
    bounceCount: 0,
    complaintCount: 0,
    totalSent: 0,
    status: 'active',
    deletedAt: null,
    createdAt: T,
    updatedAt: T,
  };
  v(S('Inbox'), inbox, true);
  v(S('Inbox'), { ...inbox, extra: 1 }, false, 'inbox with an extra key');
  const { deletedAt: _dropped, ...noDeletedAt } = inbox;
  v(S('Inbox'), noDeletedAt, false, 'inbox without deletedAt');
  const msg = {
    id: U,
    inboxId: U,
    accountId: U,
    threadId: U,
    direction: 'outbound',
    fromAddress: 'Bot <a@agentsend.io>',
    toAddresses: ['x@y.com'],
    ccAddresses: [],
    bccAddresses: [],
    subject: 'Hi',
    bodyText: 'x',
    bodyHtml: null,
    attachments: [{ id: U, key: 'outbound/a/b/f.txt', filename: 'f.txt', contentType: 'text/plain', size: 3 }],
    status: 'queued',
    sesMessageId: null,
    errorMessage: null,
    retryCount: 0,
    messageIdHeader: '<abc@agentsend.io>',
    inReplyTo: null,
    referencesHeaders: [],
    rawHeaders: null,
    sentAt: null,
    createdAt: T,
    delivery: 'email',
  };
  v(S('Message'), msg, true);
  v(S('Message'), { ...msg, rawHeaders: { from: 'a@b.c', received: ['x', 'y'] } }, true);
  v(S('Message'), { ...msg, rawHeaders: { from: { a: 1 } } }, false, 'rawHeaders with an object value');
  v(S('Message'), { ...msg, delivery: 'sms' }, false, 'message delivery sms');
  const secret = `whsec_${'ab'.repeat(24)}`;
  const wh = {
    id: U,
    accountId: U,
    url: 'http://localhost:4000/hook',
    events: ['message.received'],
    description: null,
    isActive: true,
    createdAt: T,
    updatedAt: T,
  };
  v(S('WebhookWithSecret'), { ...wh, secret }, true);
  v(S('WebhookWithSecret'), wh, false, 'webhook create answer without its secret');
  v(S('Webhook'), wh, true);
  const { accountId: _account, ...whListed } = wh;
  v(S('WebhookList'), { data: [whListed] }, true);
  v(S('Webhook'), { ...wh, secret }, false, 'webhook read answer with its secret');
  const dom = {
    id: U,
    accountId: U,
    domain: 'example.com',
    verificationStatus: 'pending',
    sendingStatus: 'pending_dkim',
    receivingStatus: 'pending',
    dkimTokens: ['a', 'b', 'c'],
    verificationToken: 'tok',
    verifiedAt: null,
    sendingVerifiedAt: null,
    receivingVerifiedAt: null,
    createdAt: T,
    updatedAt: T,
  };
  const txt = { type: 'TXT', name: '_amazonses.example.com', value: 'tok' };
  const mx = { type: 'MX', name: 'example.com', value: 'mx.agentsend.io', priority: 10 };
  const recs = { dnsRecords: [txt, mx], sendingDnsRecords: [txt], receivingDnsRecords: [mx] };
  v(S('DomainPage'), { data: [dom], total: 1 }, true);
  v(S('DomainPage'), { data: [{ ...dom, ...recs }], total: 1 }, false, 'domain list with DNS records');
  v(S('DomainWithDnsRecords'), { ...dom, ...recs }, true);
  const att = { id: U, accountId: U, key: 'k', filename: 'f', contentType: 'text/plain', size: 1, createdAt: T };
  v(S('AttachmentWithUrl'), { ...att, url: 'http://localhost:3000/x?sig=1' }, true);
  const key = { id: U, key: `ask_${'A'.repeat(40)}`, prefix: 'ask_AAAAAAAA', name: null, message: 'm' };
  v(S('ApiKeyCreated'), key, true);
  const account = { id: U, email: 'agent-x@agentsend.io', plan: 'free' };
  v(S('AutoProvisionResult'), { account, apiKey: `ask_${'a_-'.repeat(13)}a`, isNew: true, claimUrl: null }, true);
  v(S('Health'), { status: 'ok', timestamp: T }, true);
  // Errors: the envelope narrowed to each response's codes and status, and the three plain answers.
  const err = (code, status, extra = {}) => ({ error: { code, message: 'm', status, ...extra } });
  const send400 = P('/inboxes/{inboxId}/messages', 'post', '400');
  v(send400, err('THREAD_INBOX_MISMATCH', 400), true);
  v(send400, err('VALIDATION_ERROR', 400, { details: { to: ['Required'] } }), true);
  v(send400, err('VALIDATION_ERROR', 400, { extra: 1 }), false, 'error envelope with an extra key');
  v(send400, err('NOT_FOUND', 400), false, 'a code the 400 does not list');
  v(send400, err('VALIDATION_ERROR', 404), false, 'status not matching the response');
  v(send400, { error: 'No file uploaded' }, false, 'plain error where the envelope is due');
  v(P('/attachments', 'post', '400'), { error: 'No file uploaded' }, true);
  v(P('/attachments', 'post', '400'), err('ATTACHMENT_TOO_LARGE', 400), true);
  v(P('/account/api-keys/{id}', 'delete', '404'), { error: 'API key not found' }, true);
  v(P('/auth/verify-code', 'post', '400'), { error: 'Invalid code.' }, true);
  v(P('/auth/verify', 'get', '400'), { error: 'Invalid or expired magic link' }, true);
  v(P('/inboxes', 'post', '409'), err('INBOX_ADDRESS_TAKEN', 409), true);
  v(P('/inboxes', 'post', '422'), err('IDEMPOTENCY_KEY_REUSED', 422), true);
  // Requests: open objects with the server's own limits.
  const send = R('/inboxes/{inboxId}/messages', 'post');
  v(send, { to: ['a@b.co'], subject: 'x', unknownKey: 1 }, true);
  v(send, { to: [], subject: 'x' }, false, 'send to nobody');
  v(send, { to: ['a@b.co'], subject: 'x', attachmentIds: new Array(11).fill(U) }, false, 'send with 11 attachments');
  v(R('/inboxes', 'post'), {}, true);
  v(R('/inboxes', 'post'), { prefix: 'bot', displayName: 'Bot' }, true);
  v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: null }, true);
  v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: [] }, true);
  v(R('/webhooks', 'post'), { url: 'http://127.0.0.1:9000/h', events: ['message.opened'] }, false, 'unknown event');
  v(R('/domains', 'post'), { domain: 'example.com' }, true);
  v(R('/domains', 'post'), { domain: 'localhost' }, false, 'domain without a dot');
  v(R('/auth/verify-code', 'post'), { email: 'a@b.co', code: '12345' }, false, 'five-digit code');
  v(R('/auth/auto-provision', 'post'), { deviceId: 'short' }, false, 'short deviceId');
}

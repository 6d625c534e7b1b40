// Commune's own rules (contracts/commune.md): servers, closed responses and open requests, error
// bodies drawn from the error families only, where rate-limit and idempotency headers may appear,
// the `data` envelope, "Deviation:" paragraphs, security schemes, the operations table in
// contracts/commune.md, and sample bodies (commune-samples-*.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkRequestsOpen, checkResponsesClosed, sampler, templateNames } from './lib.mjs';
import communeMailSamples from './commune-samples-mail.mjs';
import communeOpsSamples from './commune-samples-ops.mjs';

const FAMILIES = new Set([
  'PlainError',
  // mailsim's own strict-validation 500, not a Commune family (contracts/commune.md).
  'ContractViolationError',
  'ValidationError',
  'FlattenedValidationError',
  'CodeError',
  'TimestampOutOfRangeError',
  'OwnershipRequiredError',
  'PermissionError',
  'PlanFeatureError',
  'PlanDomainsError',
  'QuotaError',
  'RateLimitError',
  'BurstLimitError',
  'InboxDailyLimitError',
  'WarmupLimitError',
  'SendingPausedError',
  'TooManyRecipientsError',
  'SpamFlaggedError',
  'StorageQuotaError',
  'ProviderError',
  'GlobalError',
]);
/** Routes that answer bare objects rather than `{data: ...}`. */
const BARE = (p) => /^\/v1\/(agent|auth|data)\//.test(p) || /^\/v1\/webhooks\/(deliveries|health)/.test(p);
/** Headers only some operations send. */
const HEADER_OPERATIONS = {
  'X-RateLimit-Limit-Hour': ['sendMessage'],
  'X-RateLimit-Limit-Day': ['sendMessage', 'createInbox', 'createDomainInbox', 'createDomain'],
  'RateLimit-Limit': ['agentRegister', 'agentVerify', 'claimOwnership', 'submitFeedback'],
  'Idempotency-Replayed': ['sendMessage'],
};
/** Operations whose description has a "Deviation:" paragraph (each is listed in contracts/commune.md). */
const DEVIATIONS = [
  'getDomain',
  'createInbox',
  'createDomainInbox',
  'updateInbox',
  'deleteInbox',
  'sendMessage',
  'getAttachment',
  'getAttachmentUrl',
  'getDeliveryMetrics',
  'listDeliveryEvents',
  'listSuppressions',
  'testWebhook',
  'submitDmarcReport',
  'previewDataDeletion',
  'streamEvents',
  'agentRegister',
];

export default function checkCommune({ contract, fail, validator }) {
  const { doc } = contract;
  const urls = (doc.servers ?? []).map((s) => s.url);
  for (const u of ['http://localhost:3001', 'https://api.commune.email'])
    if (!urls.includes(u)) fail(`server ${u} missing`);
  const isOpen = (s) => typeof s.description === 'string' && s.description.startsWith('Open object');
  const payloads = ['WebhookPayload', 'StreamEmailReceived', 'StreamAck'];
  const responseSchemas = checkResponsesClosed(contract, fail, { isOpen, also: payloads });
  const requestSchemas = checkRequestsOpen(contract, fail);
  for (const n of Object.keys(doc.components.schemas)) {
    const used = requestSchemas.has(n) || responseSchemas.has(n);
    if (n.endsWith('Request') && !used) fail(`request schema ${n} is unused`);
  }
  for (const o of contract.operations()) checkOperation(contract, fail, o);
  const stream = doc.paths['/v1/events/stream']?.get;
  if (!stream?.responses?.['200']?.content?.['text/event-stream']) fail('streamEvents 200 is not text/event-stream');
  if (!/keyword/.test(doc.paths['/v1/search/threads']?.get?.description ?? ''))
    fail('searchThreads does not document keyword search');
  const sec = doc.components.securitySchemes;
  if (sec.AgentSignature?.type !== 'apiKey' || sec.AgentSignature.name !== 'Authorization')
    fail('AgentSignature scheme');
  if (sec.AgentTimestamp?.name !== 'X-Commune-Timestamp') fail('AgentTimestamp scheme');
  if (sec.BearerAuth?.scheme !== 'bearer') fail('BearerAuth scheme');
  checkOperationsTable(contract, fail);
  const v = sampler(validator, fail);
  communeMailSamples(contract, v);
  communeOpsSamples(contract, v);
}

/** The error family an error body (or one branch of it) belongs to, through named schemas. */
function families(contract, schema) {
  const s = contract.deref(schema);
  const name = schema?.$ref?.split('/').pop();
  if (name && FAMILIES.has(name)) return [name];
  if (s?.anyOf) return s.anyOf.flatMap((b) => families(contract, b));
  if (s?.allOf) return families(contract, s.allOf[0]);
  return [name ?? null];
}

function checkOperation(contract, fail, { id, path, op, parameters, responses }) {
  const codes = Object.keys(responses);
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  if (path.startsWith('/v1/auth/') !== isPublic) fail(`${id}: public iff under /v1/auth/`);
  if (!isPublic) for (const c of ['400', '401']) if (!codes.includes(c)) fail(`${id} lacks ${c} (auth errors)`);
  if (!codes.includes('500')) fail(`${id} lacks 500`);
  if (!codes.some((c) => c.startsWith('2'))) fail(`${id} has no success response`);
  for (const [code, { node: r }] of Object.entries(responses)) {
    const content = r.content ?? {};
    if (!Object.keys(content).length) fail(`${id} ${code} has no content`);
    const headers = Object.keys(r.headers ?? {});
    for (const [h, allowed] of Object.entries(HEADER_OPERATIONS)) {
      if (headers.includes(h) && !allowed.includes(id)) fail(`${id} ${code} declares ${h}`);
    }
    if (headers.includes('Idempotency-Replayed') && code !== '202') fail(`${id} ${code} declares Idempotency-Replayed`);
    if (code === '401' && headers.some((h) => /RateLimit/i.test(h))) fail(`${id} 401 declares rate-limit headers`);
    if (code === '429' && headers.some((h) => /RateLimit/i.test(h)) && !headers.includes('Retry-After')) {
      fail(`${id} 429 lacks Retry-After`);
    }
    const json = content['application/json'];
    if (/^[45]/.test(code)) {
      for (const f of families(contract, json?.schema)) {
        if (!FAMILIES.has(f)) fail(`${id} ${code}: branch ${f} is not an error family`);
      }
    } else if (json) {
      const s = contract.deref(json.schema);
      const props = s.oneOf
        ? s.oneOf.flatMap((b) => Object.keys(contract.deref(b).properties ?? {}))
        : Object.keys(s.properties ?? {});
      // /v1/webhooks/test is the one webhook route with an envelope.
      if (BARE(path) && props.includes('data') && id !== 'testWebhook')
        fail(`${id} ${code} should have no data envelope`);
      if (!BARE(path) && !props.includes('data')) fail(`${id} ${code} lacks the data envelope`);
    }
  }
  for (const [h, allowed] of Object.entries(HEADER_OPERATIONS)) {
    const declared = Object.values(responses).some((r) => Object.keys(r.node.headers ?? {}).includes(h));
    if (allowed.includes(id) && !declared) fail(`${id} lacks header ${h}`);
  }
  const keyed = parameters.some((x) => x.in === 'header' && x.name === 'Idempotency-Key');
  if (keyed !== (id === 'sendMessage')) fail(`${id}: Idempotency-Key must be on sendMessage only`);
  for (const name of templateNames(path)) {
    const p = parameters.find((x) => x.in === 'path' && x.name === name);
    // An unknown id is simply not found on Commune, never a 400.
    if (p && (p.schema.pattern || p.schema.format)) fail(`${id} path parameter ${name} must be a free string`);
  }
  const hasDeviation = /(^|\n)Deviation:/.test(op.description ?? '');
  if (DEVIATIONS.includes(id) !== hasDeviation)
    fail(`${id}: Deviation paragraph ${hasDeviation ? 'unexpected' : 'missing'}`);
}

/** contracts/commune.md lists every operation with its method, path and statuses, in a table. */
function checkOperationsTable(contract, fail) {
  const file = join(dirname(contract.file), 'commune.md');
  if (!existsSync(file)) return fail('contracts/commune.md is missing');
  const listed = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| `(\w+)` \|[^|]*\| ([^|]+)\|$/.exec(line);
    if (m) listed.set(m[3], { where: `${m[1].toLowerCase()} ${m[2]}`, codes: m[4].match(/\b\d{3}\b/g).join(' ') });
  }
  const ops = contract.operations();
  for (const { id, method, path, responses } of ops) {
    const row = listed.get(id);
    if (!row) fail(`commune.md does not list ${id}`);
    else if (row.where !== `${method} ${path}` || row.codes !== Object.keys(responses).join(' ')) {
      fail(`commune.md row of ${id} is out of date`);
    }
  }
  if (listed.size !== ops.length) fail(`commune.md lists ${listed.size} operations, the contract has ${ops.length}`);
}

/**
 * A tiny synthetic provider for engine tests: three operations on "things", a public ping and a
 * send, fixed bearer keys, the `{"error":{"code","message","status"}}` envelope. Its traffic
 * policies are parameters, so a test can run the engine with any policy given as data. With
 * `envelope: 'anthropic'` it answers errors in a third, unlike envelope (see anthropic.ts) against
 * its sibling contract tiny-anthropic.yaml, which proves the engine carries no envelope of its own.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MailsimError } from '../../../src/engine/errors.js';
import type {
  Handler,
  Principal,
  ProviderDefinition,
  RenderedError,
  RequestFacts,
} from '../../../src/engine/provider.js';
import { defaultCode, defaultStatus, describeOutcome, type EngineOutcome } from '../../../src/engine/outcomes.js';
import type { IdempotencyPolicy } from '../../../src/engine/idempotency.js';
import type { RateLimitPolicy } from '../../../src/engine/ratelimit.js';
import { fixturePath } from '../../../src/paths.js';
import {
  anthropicRequestId,
  anthropicResponseHeaders,
  renderAnthropicError,
  renderAnthropicOutcome,
} from './anthropic.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Bearer key → principal. Two keys share the account "alpha"; "beta" is on the pro plan. */
export const TINY_KEYS: Record<string, Principal> = {
  tk_alpha: { tenant: 'alpha', credentialId: 'key-alpha', plan: 'free' },
  tk_alpha2: { tenant: 'alpha', credentialId: 'key-alpha2', plan: 'free' },
  tk_beta: { tenant: 'beta', credentialId: 'key-beta', plan: 'pro' },
};

export const STRIPE_LIKE: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: 'all-posts',
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotent-Replayed',
  compareRequest: true,
  maxKeyLength: 255,
};

/** What Commune needs: sends only, 24 h, its own replay header, no request comparison. */
export const COMMUNE_LIKE: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: ['sendMessage'],
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotency-Replayed',
  compareRequest: false,
  maxKeyLength: 255,
};

export const TINY_RATE_LIMIT: RateLimitPolicy = {
  enabled: true,
  default: { max: 100, windowMs: 60_000 },
  headers: {
    limit: 'x-ratelimit-limit',
    remaining: 'x-ratelimit-remaining',
    reset: 'x-ratelimit-reset',
    retryAfter: 'retry-after',
  },
  omitHeadersOn: [401],
};

/** Tiny's envelope, `{"error":{"code","message","status"}}`, for its own errors and the engine's outcomes. */
function classic(status: number, code: string, message: string, headers: Record<string, string> = {}): RenderedError {
  return { status, headers, body: { error: { code, message, status } }, code };
}

function renderOutcome(o: EngineOutcome): RenderedError {
  if (o.kind === 'rate_limited')
    return classic(429, 'RATE_LIMIT_EXCEEDED', `Slow down: try again in ${o.retryAfterSeconds} seconds.`);
  return classic(defaultStatus(o), defaultCode(o), describeOutcome(o));
}

interface ThingRow {
  seq: number;
  tenant: string;
  name: string;
  created_at: string;
}
const thingJson = (r: ThingRow) => ({ id: `th_${r.seq}`, name: r.name, createdAt: r.created_at });

const handlers: Record<string, Handler> = {
  ping: () => ({ status: 200, body: { ok: true } }),
  listThings: (ctx) => {
    const rows = ctx.store.db
      .prepare('SELECT * FROM tiny_things WHERE tenant = ? ORDER BY seq DESC')
      .all(ctx.principal!.tenant) as ThingRow[];
    return { status: 200, body: { data: rows.map(thingJson), total: rows.length } };
  },
  createThing: (ctx, { body }) => {
    const name = (body as { name: string }).name;
    // A handler error, so tests can see errors stored and replayed like successes.
    if (name === 'boom') throw new MailsimError(400, 'BOOM', 'This name always fails');
    // A response that breaks the contract, so tests can see violations reported.
    if (name === 'bad-shape') return { status: 201, body: { id: 'not-a-thing-id', name } };
    // A bug: a plain exception, so tests can see how the engine answers an unexpected error.
    if (name === 'crash') throw new Error('tiny handler crashed on purpose');
    const row = ctx.store.tx(() => {
      const { lastInsertRowid } = ctx.store.db
        .prepare('INSERT INTO tiny_things (tenant, name, created_at) VALUES (?, ?, ?)')
        .run(ctx.principal!.tenant, name, ctx.now.toISOString());
      return ctx.store.db.prepare('SELECT * FROM tiny_things WHERE seq = ?').get(lastInsertRowid) as ThingRow;
    });
    return { status: 201, body: thingJson(row), headers: { location: `/things/th_${row.seq}` } };
  },
  getThing: (ctx, { params }) => {
    const row = ctx.store.db
      .prepare('SELECT * FROM tiny_things WHERE seq = ? AND tenant = ?')
      .get(Number(String(params.id).slice(3)), ctx.principal!.tenant) as ThingRow | undefined;
    if (!row) throw new MailsimError(404, 'NOT_FOUND', `Thing '${params.id}' not found`, 'not_found');
    return { status: 200, body: thingJson(row) };
  },
  sendMessage: (ctx, { body }) => {
    const b = body as { to: string; text: string };
    const { lastInsertRowid } = ctx.store.db
      .prepare('INSERT INTO tiny_outbox (tenant, recipient, text) VALUES (?, ?, ?)')
      .run(ctx.principal!.tenant, b.to, b.text);
    return { status: 202, body: { id: `msg_${lastInsertRowid}`, to: b.to, text: b.text } };
  },
};

export interface TinyOptions {
  idempotency?: IdempotencyPolicy | null;
  rateLimit?: RateLimitPolicy | null;
  /** The error envelope (and contract): tiny's own (default), or Anthropic-style with tiny-anthropic.yaml. */
  envelope?: 'classic' | 'anthropic';
  /** Told of every engine outcome the provider renders (a test can check which outcome a request met). */
  observeOutcome?: (outcome: EngineOutcome, req: RequestFacts) => void;
}

export function tinyProvider(options: TinyOptions = {}): ProviderDefinition {
  const idempotency = options.idempotency === undefined ? STRIPE_LIKE : options.idempotency;
  const rateLimit = options.rateLimit === undefined ? TINY_RATE_LIMIT : options.rateLimit;
  const anthropic = options.envelope === 'anthropic';
  const render = anthropic ? renderAnthropicOutcome : renderOutcome;
  return {
    name: 'tiny',
    title: 'Tiny',
    examplePath: '/ping',
    defaultPort: 0,
    contractFile: fixturePath('contracts', anthropic ? 'tiny-anthropic.yaml' : 'tiny.yaml'),
    migrationsDir: join(here, 'migrations'),
    handlers,
    bodyLimits: { json: 64 * 1024, multipart: 64 * 1024 },
    ...(rateLimit ? { rateLimit } : {}),
    ...(idempotency ? { idempotency } : {}),
    authBeforeRouting: true,
    authenticate: (_services, req) => {
      const auth = req.headers.authorization;
      return typeof auth === 'string' && auth.startsWith('Bearer ') ? (TINY_KEYS[auth.slice(7)] ?? null) : null;
    },
    renderOutcome: (outcome, req) => {
      options.observeOutcome?.(outcome, req);
      return render(outcome, req);
    },
    renderError: anthropic
      ? renderAnthropicError
      : (e) => classic(e.status, e.code, e.message, { ...(e.options.headers ?? {}) }),
    ...(anthropic ? { requestId: anthropicRequestId, responseHeaders: anthropicResponseHeaders } : {}),
    seed: () => ({ apiKeys: Object.keys(TINY_KEYS).map((key) => ({ label: key, key })) }),
    tables: [
      { name: 'tiny_things', tenantColumn: 'tenant' },
      { name: 'tiny_outbox', tenantColumn: 'tenant' },
    ],
  };
}

/** Agent tokens (user auth): create (raw token shown once), list, get, revoke, rotate. */
import { sha256Hex } from '../../../engine/ids.js';
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { emitEvent } from '../domain/events.js';
import { newAgentToken, newId } from '../domain/ids.js';
import { scopeProblems } from '../domain/scopes.js';
import { errors } from '../errors.js';
import { findOrgInbox } from '../store/inboxes.js';
import {
  getToken as getTokenRow,
  insertToken,
  listTokens as listTokenRows,
  replaceTokenSecret,
  revokeToken as revokeTokenRow,
} from '../store/tokens.js';
import type { TokenRow } from '../tables.js';
import { page, paging, tokenJson, tokenSecretJson } from '../wire.js';

const prefixOf = (token: string): string => token.slice(0, 12);

function tokenEvent(ctx: GentContext, row: TokenRow, type: 'token.created' | 'token.rotated' | 'token.revoked'): void {
  emitEvent(ctx, {
    orgId: row.org_id,
    inboxId: row.inbox_id,
    type,
    payload: { token_id: row.id, label: row.label, inbox_id: row.inbox_id, scopes: JSON.parse(row.scopes) as string[] },
  });
}

const createToken: GentHandler<'createToken'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  const held = b.requires_approval ?? [];
  const problems = scopeProblems(b.scopes, held);
  if (Object.keys(problems).length) throw errors.invalid(problems);
  return ctx.store.tx(() => {
    const db = ctx.store.db;
    const inbox = findOrgInbox(db, p.tenant, b.inbox_id);
    if (!inbox) throw errors.notFound('Inbox');
    const secret = newAgentToken(ctx.ids);
    const row = insertToken(db, {
      id: newId('tok', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox.id,
      label: b.label,
      token_hash: sha256Hex(secret),
      token_prefix: prefixOf(secret),
      scopes: JSON.stringify(b.scopes),
      requires_approval: JSON.stringify(held),
      created_at: ctx.now.toISOString(),
    });
    tokenEvent(ctx, row, 'token.created');
    return { status: 201, body: tokenSecretJson(row, secret) };
  });
};

const listTokens: GentHandler<'listTokens'> = (ctx, { query }) => {
  const p = ctx.caller;
  const { position, limit } = paging(query);
  let inboxId: string | null = null;
  if (typeof query.inbox_id === 'string') {
    const inbox = findOrgInbox(ctx.store.db, p.tenant, query.inbox_id);
    if (!inbox) throw errors.notFound('Inbox');
    inboxId = inbox.id;
  }
  const { rows, total } = listTokenRows(ctx.store.db, p.tenant, inboxId, limit, position);
  return { status: 200, body: page(rows.map(tokenJson), total, position, limit) };
};

function ownToken(ctx: GentContext, id: string): TokenRow {
  const row = getTokenRow(ctx.store.db, ctx.caller.tenant, id);
  if (!row) throw errors.notFound('Token');
  return row;
}

const getToken: GentHandler<'getToken'> = (ctx, { params }) => ({
  status: 200,
  body: tokenJson(ownToken(ctx, params.token_id)),
});

const revokeToken: GentHandler<'revokeToken'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const row = ownToken(ctx, params.token_id);
    if (!row.revoked_at) {
      revokeTokenRow(ctx.store.db, row.id, ctx.now.toISOString());
      tokenEvent(ctx, row, 'token.revoked');
    }
    return { status: 204 };
  });

const rotateToken: GentHandler<'rotateToken'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const row = ownToken(ctx, params.token_id);
    if (row.revoked_at) throw errors.badRequest('token_revoked', 'A revoked token cannot be rotated.');
    const secret = newAgentToken(ctx.ids);
    replaceTokenSecret(ctx.store.db, row.id, sha256Hex(secret), prefixOf(secret), ctx.now.toISOString());
    const updated = ownToken(ctx, row.id);
    tokenEvent(ctx, updated, 'token.rotated');
    return { status: 201, body: tokenSecretJson(updated, secret) };
  });

export const handlers = { createToken, listTokens, getToken, revokeToken, rotateToken } satisfies Partial<GentHandlers>;

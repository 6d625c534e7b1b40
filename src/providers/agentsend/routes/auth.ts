/**
 * The public /auth routes: device auto-provisioning (API key), direct signup, e-mailed codes and
 * magic links (session token). Codes and links are never mailed: read them from
 * GET /_mailsim/agentsend/auth/codes. Failed code and link checks answer the real server's plain
 * `{"error": "..."}` bodies with its wording.
 */
import type { AgentSendHandler, AgentSendHandlers } from '../auth.js';
import { createAccount, findOrCreateAccount, sessionResult } from '../domain/accounts.js';
import { insertApiKey } from '../domain/credentials.js';
import { isExpired, issueCode, issueMagicLink } from '../domain/sign-in-codes.js';
import { errors } from '../errors.js';
import { DEFAULT_DOMAIN } from '../policies.js';
import { findAccountByEmail } from '../store/accounts.js';
import { findMagicLink, latestCode, markUsed } from '../store/sign-in-codes.js';

export const AUTH_MESSAGES = {
  noCode: 'No verification code found. Request a new one.',
  codeExpired: 'Code expired. Request a new one.',
  wrongCode: 'Invalid code.',
  badMagicLink: 'Invalid or expired magic link',
  magicLinkSent: 'Magic link sent. Check your email.',
} as const;

const AUTO_PROVISIONED_KEY_NAME = 'Auto-provisioned';

/**
 * The first 12 characters of deviceId pick the account (contracts/agentsend.md, "Auto-provisioned
 * addresses are lowercased"), lowercased so the address is a
 * valid lowercase mailbox. A new key is issued on every call because stored keys are only hashes.
 * claimUrl is always null: mailsim has no sandbox accounts, so there is nothing to claim.
 */
const autoProvision: AgentSendHandler<'autoProvision'> = (ctx, { body }) => {
  const deviceId = body.deviceId;
  const email = `agent-${deviceId.slice(0, 12).toLowerCase()}@${DEFAULT_DOMAIN}`;
  const db = ctx.store.db;
  const { account, key, isNew } = ctx.store.tx(() => {
    const existing = findAccountByEmail(db, email);
    const account = existing ?? createAccount(db, ctx.ids, { email, name: `Agent ${deviceId.slice(0, 8)}` }, ctx.now);
    const key = insertApiKey(db, ctx.ids, account.id, AUTO_PROVISIONED_KEY_NAME, ctx.now.toISOString());
    return { account, key, isNew: !existing };
  });
  return {
    status: isNew ? 201 : 200,
    body: {
      account: { id: account.id, email: account.email, plan: account.plan },
      apiKey: key.key,
      isNew,
      claimUrl: null,
    },
  };
};

const signup: AgentSendHandler<'signup'> = (ctx, { body: b }) => {
  const db = ctx.store.db;
  const result = ctx.store.tx(() => {
    if (findAccountByEmail(db, b.email)) throw errors.accountExists();
    return sessionResult(db, ctx.ids, createAccount(db, ctx.ids, { email: b.email, name: b.name }, ctx.now), ctx.now);
  });
  return { status: 201, body: result.body, headers: result.headers };
};

const sendCode: AgentSendHandler<'sendCode'> = (ctx, { body: b }) => {
  ctx.store.tx(() => issueCode(ctx.store.db, ctx.ids, b.email, b.name, ctx.now));
  return { status: 200, body: { sent: true } };
};

const verifyCode: AgentSendHandler<'verifyCode'> = (ctx, { body: b }) => {
  const db = ctx.store.db;
  const result = ctx.store.tx(() => {
    const entry = latestCode(db, b.email);
    // A used code is gone on the real server (it deletes codes once used).
    if (!entry || entry.used_at) throw errors.authPlain(AUTH_MESSAGES.noCode);
    if (isExpired(entry, ctx.now)) throw errors.authPlain(AUTH_MESSAGES.codeExpired);
    if (entry.code !== b.code) throw errors.authPlain(AUTH_MESSAGES.wrongCode);
    markUsed(db, entry.id, ctx.now);
    const { account } = findOrCreateAccount(
      db,
      ctx.ids,
      { email: entry.email, name: entry.name ?? entry.email.split('@')[0]! },
      ctx.now,
    );
    return sessionResult(db, ctx.ids, account, ctx.now);
  });
  return { status: 201, body: result.body, headers: result.headers };
};

const magicLink: AgentSendHandler<'magicLink'> = (ctx, { body }) => {
  const email = body.email;
  ctx.store.tx(() => issueMagicLink(ctx.store.db, ctx.ids, email, ctx.now));
  return { status: 200, body: { message: AUTH_MESSAGES.magicLinkSent } };
};

const verifyMagicLink: AgentSendHandler<'verifyMagicLink'> = (ctx, { query }) => {
  const db = ctx.store.db;
  const result = ctx.store.tx(() => {
    const link = findMagicLink(db, query.token);
    if (!link || link.used_at || isExpired(link, ctx.now)) throw errors.authPlain(AUTH_MESSAGES.badMagicLink);
    markUsed(db, link.id, ctx.now);
    const { account } = findOrCreateAccount(
      db,
      ctx.ids,
      { email: link.email, name: link.email.split('@')[0]! },
      ctx.now,
    );
    return sessionResult(db, ctx.ids, account, ctx.now);
  });
  return { status: 200, body: result.body, headers: result.headers };
};

export const handlers = {
  autoProvision,
  signup,
  sendCode,
  verifyCode,
  magicLink,
  verifyMagicLink,
} satisfies Partial<AgentSendHandlers>;

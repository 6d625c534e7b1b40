/** Account endpoints: log in, refresh, log out, and the access-request waitlist. */
import type { GentHandler, GentHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { issueToken, passwordMatches, verifyToken } from '../domain/sessions.js';
import { errors } from '../errors.js';
import { addToWaitlist, findUserByEmail, getSession, insertSession, revokeSession } from '../store/accounts.js';

const loginSession: GentHandler<'loginSession'> = (ctx, { body }) => {
  const { email, password } = body;
  const db = ctx.store.db;
  const user = findUserByEmail(db, email);
  if (!user || !passwordMatches(password, user.password_salt, user.password_hash)) throw errors.invalidCredentials();
  const nowMs = ctx.now.getTime();
  const sessionId = newId('ses', nowMs, ctx.ids);
  return ctx.store.tx(() => {
    insertSession(db, { id: sessionId, org_id: user.org_id, user_id: user.id, created_at: ctx.now.toISOString() });
    const claims = { userId: user.id, orgId: user.org_id, sessionId, nowMs };
    return {
      status: 200,
      body: {
        access_token: issueToken(db, ctx.ids, { ...claims, use: 'access' }),
        refresh_token: issueToken(db, ctx.ids, { ...claims, use: 'refresh' }),
      },
    };
  });
};

const refreshSession: GentHandler<'refreshSession'> = (ctx, { body }) => {
  const db = ctx.store.db;
  const nowMs = ctx.now.getTime();
  const claims = verifyToken(db, ctx.ids, body.refresh_token, 'refresh', nowMs);
  const session = claims ? getSession(db, claims.sid) : undefined;
  if (!claims || !session || session.revoked_at) throw errors.invalidToken();
  const access = issueToken(db, ctx.ids, {
    userId: claims.sub,
    orgId: claims.org,
    sessionId: claims.sid,
    use: 'access',
    nowMs,
  });
  return { status: 200, body: { access_token: access } };
};

const logoutSession: GentHandler<'logoutSession'> = (ctx) => {
  const p = ctx.caller;
  ctx.store.tx(() => revokeSession(ctx.store.db, p.sessionId!, ctx.now.toISOString()));
  return { status: 204 };
};

const joinWaitlist: GentHandler<'joinWaitlist'> = (ctx, { body }) => {
  ctx.store.tx(() => addToWaitlist(ctx.store.db, body.email, ctx.now.toISOString()));
  return { status: 202, body: { status: 'pending' } };
};

export const handlers = { loginSession, refreshSession, logoutSession, joinWaitlist } satisfies Partial<GentHandlers>;

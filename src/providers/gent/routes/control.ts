/**
 * Gent's control-plane operations (contracts/gent.control.yaml). `POST /_mailsim/gent/orgs`: a new
 * organisation with a user who can log in, since Gent's sign-up is invite-only and not emulated.
 * The contract has already checked the body (an email, a password of 8 characters or more, a plan).
 */
import { MailsimError } from '../../../engine/errors.js';
import type { GentControlHandler, GentControlHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { hashPassword } from '../domain/sessions.js';
import { findUserByEmail, insertOrg, insertUser } from '../store/accounts.js';

const createGentOrg: GentControlHandler<'createGentOrg'> = (services, { body }) => {
  const plan = body.plan ?? 'startup';
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  const now = new Date(nowMs).toISOString();
  const orgId = newId('org', nowMs, services.ids);
  const userId = newId('usr', nowMs, services.ids);
  const salt = services.ids.hex(16);
  services.store.tx(() => {
    if (findUserByEmail(db, body.email))
      throw new MailsimError(409, 'CONFLICT', `a user ${body.email} exists`, 'conflict');
    insertOrg(db, { id: orgId, name: body.name ?? `org of ${body.email}`, plan, created_at: now });
    insertUser(db, {
      id: userId,
      org_id: orgId,
      email: body.email,
      name: null,
      password_salt: salt,
      password_hash: hashPassword(body.password, salt),
      created_at: now,
    });
  });
  return { status: 201, body: { org_id: orgId, user_id: userId, email: body.email.toLowerCase(), plan } };
};

export const controlHandlers = { createGentOrg } satisfies GentControlHandlers;

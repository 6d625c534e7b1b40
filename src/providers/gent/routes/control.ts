/**
 * Gent's control-plane operations (contracts/gent.control.yaml). `POST /_mailsim/gent/orgs`: a new
 * organisation with a user who can log in, since Gent's sign-up is invite-only and not emulated.
 * The contract has already checked the body (an email, a password of 8 characters or more, a plan).
 */
import type { Handler } from '../../../engine/provider.js';
import { MailsimError } from '../../../engine/errors.js';
import { newId } from '../domain/ids.js';
import { hashPassword } from '../domain/sessions.js';
import type { Plan } from '../policies.js';
import { findUserByEmail, insertOrg, insertUser } from '../store/accounts.js';

interface NewOrg {
  email: string;
  password: string;
  name?: string;
  plan?: Plan;
}

const createGentOrg: Handler = (services, { body }) => {
  const b = body as NewOrg;
  const plan = b.plan ?? 'startup';
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  const now = new Date(nowMs).toISOString();
  const orgId = newId('org', nowMs, services.ids);
  const userId = newId('usr', nowMs, services.ids);
  const salt = services.ids.hex(16);
  services.store.tx(() => {
    if (findUserByEmail(db, b.email)) throw new MailsimError(409, 'CONFLICT', `a user ${b.email} exists`, 'conflict');
    insertOrg(db, { id: orgId, name: b.name ?? `org of ${b.email}`, plan, created_at: now });
    insertUser(db, {
      id: userId,
      org_id: orgId,
      email: b.email,
      name: null,
      password_salt: salt,
      password_hash: hashPassword(b.password, salt),
      created_at: now,
    });
  });
  return { status: 201, body: { org_id: orgId, user_id: userId, email: b.email.toLowerCase(), plan } };
};

export const controlHandlers: Record<string, Handler> = { createGentOrg };

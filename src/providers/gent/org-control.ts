/**
 * `POST /_mailsim/gent/orgs`: a new organisation with a user who can log in (Gent's sign-up is
 * invite-only and not emulated), so a test or a developer can have a second tenant.
 * Body `{email, password, name?, plan?}` → 201 `{org_id, user_id, email, plan}`.
 */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';
import { MailsimError } from '../../engine/errors.js';
import { newId } from './domain/ids.js';
import { hashPassword } from './domain/sessions.js';
import { PLAN_ORDER } from './policies.js';
import { findUserByEmail, insertOrg, insertUser } from './store/accounts.js';

const bad = (message: string): MailsimError => new MailsimError(400, 'BAD_REQUEST', message, 'validation');

export function orgControlRoutes(services: EngineServices): ControlRoute[] {
  return [
    {
      method: 'POST',
      path: '/_mailsim/gent/orgs',
      handle: ({ body }) => {
        const b = (body ?? {}) as { email?: unknown; password?: unknown; name?: unknown; plan?: unknown };
        if (typeof b.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(b.email))
          throw bad('email must be an email address');
        if (typeof b.password !== 'string' || b.password.length < 8)
          throw bad('password must be at least 8 characters');
        const plan = b.plan ?? 'startup';
        if (typeof plan !== 'string' || !(PLAN_ORDER as readonly string[]).includes(plan))
          throw bad(`plan must be one of ${PLAN_ORDER.join(', ')}`);
        const db = services.store.db;
        if (findUserByEmail(db, b.email))
          throw new MailsimError(409, 'CONFLICT', `a user ${b.email} exists`, 'provider');
        const nowMs = services.clock.nowMs();
        const now = new Date(nowMs).toISOString();
        const orgId = newId('org', nowMs, services.ids);
        const userId = newId('usr', nowMs, services.ids);
        const salt = services.ids.hex(16);
        services.store.tx(() => {
          insertOrg(db, {
            id: orgId,
            name: typeof b.name === 'string' ? b.name : `org of ${b.email}`,
            plan,
            created_at: now,
          });
          insertUser(db, {
            id: userId,
            org_id: orgId,
            email: b.email as string,
            name: null,
            password_salt: salt,
            password_hash: hashPassword(b.password as string, salt),
            created_at: now,
          });
        });
        return {
          status: 201,
          body: { org_id: orgId, user_id: userId, email: (b.email as string).toLowerCase(), plan },
        };
      },
    },
  ];
}

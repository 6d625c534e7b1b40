/**
 * The Gent contract-test flow: one stateful walk through contracts/gent.yaml. The run's API key is an
 * agent token with every scope (the emulator's dev token); user-auth steps use a session the flow
 * logs in for, with GENT_EMAIL / GENT_PASSWORD or else the emulator's seeded user.
 *
 * Order: live schema → session (login, refresh) → the key's inbox → a domain → an inbox on the key's
 * domain → settings → a held token, rotated (gent-access.ts) → upload → send (201) → held sends
 * approved and rejected (202) → messages, thread, notes, assignment → usage (gent-mail.ts) → records
 * (gent-records.ts) → teardown (deletes, revoke, logout). Mail stays between the key's inbox and
 * the run's inbox.
 *
 * Left to loopback targets: the waitlist (it would add an address to Gent's real list).
 */
import type { FlowDefinition, FlowStep } from '../flow.js';
import { access } from './gent-access.js';
import { held, s, session, teardown } from './gent-checks.js';
import { mail } from './gent-mail.js';
import { recordSteps, recordTeardown } from './gent-records.js';

const closing: FlowStep[] = [
  teardown({
    id: 'deleteThreadNote',
    title: 'delete the note',
    operation: 'deleteThreadNote',
    expect: 204,
    needs: ['threadId', 'noteId'],
    params: (v) => ({ thread_id: s(v, 'threadId'), note_id: s(v, 'noteId') }),
  }),
  teardown({
    id: 'revokeToken',
    title: 'revoke the token',
    operation: 'revokeToken',
    expect: 204,
    auth: session,
    needs: ['session', 'tokenId'],
    params: (v) => ({ token_id: s(v, 'tokenId') }),
    deletes: 'tokenId',
  }),
  teardown({
    id: 'deleteInbox',
    title: "delete the run's inbox",
    operation: 'deleteInbox',
    expect: 204,
    auth: session,
    needs: ['session', 'inboxId'],
    params: (v) => ({ inbox_id: s(v, 'inboxId') }),
    deletes: 'inboxId',
  }),
  teardown({
    id: 'getDeletedInbox',
    title: 'the deleted inbox is gone',
    operation: 'getInbox',
    expect: 404,
    auth: session,
    needs: ['session', 'inboxId', 'deleted:inboxId'],
    params: (v) => ({ inbox_id: s(v, 'inboxId') }),
  }),
  teardown({
    id: 'deleteDomain',
    title: 'delete the domain',
    operation: 'deleteDomain',
    expect: 204,
    auth: session,
    needs: ['session', 'domainName'],
    params: (v) => ({ name: s(v, 'domainName') }),
    deletes: 'domainName',
  }),
  teardown({
    id: 'logoutSession',
    title: 'log out',
    operation: 'logoutSession',
    expect: 204,
    auth: session,
    needs: ['session'],
  }),
];

export const gentFlow: FlowDefinition = {
  provider: 'gent',
  steps: [...access, ...mail, ...recordSteps, ...recordTeardown, ...closing],
  templates: {},
  errorCases: [
    {
      id: 'loginSession:wrong-password',
      title: 'wrong password',
      operation: 'loginSession',
      expect: 401,
      auth: 'none',
      body: (v) => ({ email: `mailsim-contract-${v.run}@example.com`, password: 'not the password' }),
    },
    {
      id: 'createToken:agent-token',
      title: 'an agent token on a user-auth endpoint',
      operation: 'createToken',
      expect: 403,
      body: (v) => ({ inbox_id: s(v, 'keyInboxId'), label: 'x', scopes: ['email:read'] }),
    },
    {
      id: 'getUsage:missing-scope',
      title: 'a token without billing:read reads usage',
      operation: 'getUsage',
      expect: 403,
      auth: held,
    },
  ],
  placeholders: (run) => ({
    keyInboxId: `inb_unknown_${run}`,
    inboxId: `inb_unknown_${run}`,
    domainName: `unknown-${run}.example.com`,
    heldToken: 'gent_unknown',
  }),
};

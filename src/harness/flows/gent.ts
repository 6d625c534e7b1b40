/**
 * The Gent contract-test flow: one stateful walk through contracts/gent.yaml. The run's API key is an
 * agent token with every scope (the emulator's dev token); user-auth steps use a session the flow
 * logs in for, with GENT_EMAIL / GENT_PASSWORD or else the emulator's seeded user.
 *
 * Order: live schema → session (login, refresh) → the key's inbox → a domain → an inbox on the key's
 * domain → settings → a held token (rotated) → upload → send (201) → held sends approved and rejected
 * (202) → messages, thread, notes, assignment → usage → records (flows/gent-records.ts) → teardown
 * (deletes, revoke, logout). Mail goes only between the key's inbox and the run's inbox.
 *
 * Left to loopback targets: the waitlist (it would add an address to Gent's real list).
 */
import type { FlowDefinition, FlowStep, Vars } from '../flow.js';
import { listed, same } from './gent-checks.js';
import { recordSteps, recordTeardown } from './gent-records.js';

const DEV_LOGIN = { email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' };
const s = (v: Vars, key: string): string => String(v[key]);
const session = { bearer: 'session' } as const;
const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });
const teardown = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'teardown' });
const RUN_SCOPES = ['email:read', 'email:send', 'email:write', 'approvals:read', 'approvals:write'];

const access: FlowStep[] = [
  main({
    id: 'getApiReference', title: 'read the live schema', operation: 'getApiReference', expect: 200, auth: 'none',
    check: (b) => (b?.paths?.['/v1/messages/']?.post?.['x-gent-scopes']?.includes('email:send') ? null : 'the schema does not mark sendMessage with its scope'),
  }),
  main({
    id: 'joinWaitlist', title: 'join the waitlist', operation: 'joinWaitlist', expect: 202, auth: 'none',
    body: (v) => ({ email: `mailsim-contract-${v.run}@example.com` }), loopbackOnly: 'it would add an address to Gent\'s real waitlist',
  }),
  main({
    id: 'loginSession', title: 'log in (user auth)', operation: 'loginSession', expect: 200, auth: 'none',
    body: () => ({ email: process.env.GENT_EMAIL ?? DEV_LOGIN.email, password: process.env.GENT_PASSWORD ?? DEV_LOGIN.password }),
    provides: ['session', 'refresh'], capture: (b, v) => { v.session = b?.access_token; v.refresh = b?.refresh_token; },
  }),
  main({
    id: 'refreshSession', title: 'refresh the access token', operation: 'refreshSession', expect: 200, auth: 'none', needs: ['refresh'],
    body: (v) => ({ refresh_token: s(v, 'refresh') }), check: (b) => (typeof b?.access_token === 'string' ? null : 'no access_token'),
  }),
  main({
    id: 'listInboxes', title: 'the key\'s inbox', operation: 'listInboxes', expect: 200, provides: ['keyInboxId', 'keyInboxAddress', 'keyDomain'],
    capture: (b, v) => { v.keyInboxId = b?.results?.[0]?.inbox_id; v.keyInboxAddress = b?.results?.[0]?.address; v.keyDomain = b?.results?.[0]?.domain; },
  }),
  main({ id: 'getInbox', title: 'get the key\'s inbox', operation: 'getInbox', expect: 200, needs: ['keyInboxId'], params: (v) => ({ inbox_id: s(v, 'keyInboxId') }), check: same('inbox', 'keyInboxId', 'inbox_id') }),
  main({
    id: 'createDomain', title: 'add a domain', operation: 'createDomain', expect: 201, auth: session, needs: ['session'],
    body: (v) => ({ domain: `mailsim-ct-${v.run}.example.com` }), provides: ['domainName'], capture: (b, v) => { v.domainName = b?.domain; },
    creates: { kind: 'domain', idVar: 'domainName', deleteOperation: 'deleteDomain', param: 'name', auth: session },
  }),
  main({ id: 'getDomain', title: 'get the domain', operation: 'getDomain', expect: 200, auth: session, needs: ['session', 'domainName'], params: (v) => ({ name: s(v, 'domainName') }) }),
  main({ id: 'listDomains', title: 'list domains', operation: 'listDomains', expect: 200, auth: session, needs: ['session', 'domainName'], query: () => ({ limit: '200' }), check: listed('domain', 'domainName', 'domain') }),
  main({ id: 'checkDomain', title: 'check the DNS records', operation: 'checkDomain', expect: 200, auth: session, needs: ['session', 'domainName'], params: (v) => ({ name: s(v, 'domainName') }) }),
  main({ id: 'verifyDomain', title: 'verify the domain', operation: 'verifyDomain', expect: 200, auth: session, needs: ['session', 'domainName'], params: (v) => ({ name: s(v, 'domainName') }) }),
  main({
    id: 'createInbox', title: 'create an inbox on the key\'s domain', operation: 'createInbox', expect: 201, auth: session, needs: ['session', 'keyDomain'],
    body: (v) => ({ address: `mailsim-ct-${v.run}@${v.keyDomain}`, display_name: `mailsim contract ${v.run}` }),
    provides: ['inboxId', 'inboxAddress'], capture: (b, v) => { v.inboxId = b?.inbox_id; v.inboxAddress = b?.address; },
    creates: { kind: 'inbox', idVar: 'inboxId', deleteOperation: 'deleteInbox', param: 'inbox_id', auth: session },
  }),
  main({
    id: 'updateInbox', title: 'set the inbox timezone', operation: 'updateInbox', expect: 200, auth: session, needs: ['session', 'inboxId'],
    params: (v) => ({ inbox_id: s(v, 'inboxId') }), body: () => ({ default_timezone: 'Europe/Paris' }),
    check: (b) => (b?.default_timezone === 'Europe/Paris' ? null : 'default_timezone not kept'),
  }),
  main({
    id: 'createToken', title: 'a token whose sends need approval', operation: 'createToken', expect: 201, auth: session, needs: ['session', 'inboxId'],
    body: (v) => ({ inbox_id: s(v, 'inboxId'), label: `mailsim-contract-${v.run}`, scopes: RUN_SCOPES, requires_approval: ['email:send'] }),
    provides: ['tokenId', 'heldToken'], capture: (b, v) => { v.tokenId = b?.token_id; v.heldToken = b?.token; },
    creates: { kind: 'token', idVar: 'tokenId', deleteOperation: 'revokeToken', param: 'token_id', auth: session },
  }),
  main({ id: 'getToken', title: 'get the token', operation: 'getToken', expect: 200, auth: session, needs: ['session', 'tokenId'], params: (v) => ({ token_id: s(v, 'tokenId') }), check: same('token', 'tokenId', 'token_id') }),
  main({ id: 'listTokens', title: 'list the inbox\'s tokens', operation: 'listTokens', expect: 200, auth: session, needs: ['session', 'tokenId', 'inboxId'], query: (v) => ({ inbox_id: s(v, 'inboxId') }), check: listed('token', 'tokenId', 'token_id') }),
  main({
    id: 'rotateToken', title: 'rotate the token', operation: 'rotateToken', expect: 201, auth: session, needs: ['session', 'tokenId'],
    params: (v) => ({ token_id: s(v, 'tokenId') }), capture: (b, v) => { v.heldToken = b?.token; },
  }),
];

const blob = (v: Vars): FormData => {
  const form = new FormData();
  form.append('file', new Blob([`mailsim contract test ${v.run}\n`], { type: 'text/plain' }), `mailsim-contract-${v.run}.txt`);
  return form;
};
const held = { bearer: 'heldToken' } as const;
const heldSend = (v: Vars, what: string) => ({ to: [{ email: s(v, 'keyInboxAddress') }], subject: `mailsim contract ${v.run} (${what})`, text_body: 'Held by mailsim contract-test.' });

const mail: FlowStep[] = [
  main({ id: 'uploadBlob', title: 'upload an attachment', operation: 'uploadBlob', expect: 201, body: blob, provides: ['blobId'], capture: (b, v) => { v.blobId = b?.blob_id; } }),
  main({
    id: 'sendMessage', title: 'send with the attachment', operation: 'sendMessage', expect: 201, needs: ['inboxAddress', 'blobId'],
    body: (v) => ({ to: [{ email: s(v, 'inboxAddress') }], subject: `mailsim contract ${v.run}`, text_body: 'Sent by mailsim contract-test.', attachments: [{ blob_id: s(v, 'blobId') }] }),
    headers: (v) => ({ 'Idempotency-Key': `mailsim-contract-${v.run}` }),
    provides: ['messageId', 'threadId'], capture: (b, v) => { v.messageId = b?.message_id; v.threadId = b?.thread_id; },
  }),
  main({
    id: 'sendHeld', title: 'a send held for approval', operation: 'sendMessage', expect: 202, auth: held, needs: ['heldToken', 'keyInboxAddress'],
    body: (v) => heldSend(v, 'approved'), provides: ['approvalId'], capture: (b, v) => { v.approvalId = b?.approval_id; },
  }),
  main({
    id: 'sendHeldToReject', title: 'a second held send', operation: 'sendMessage', expect: 202, auth: held, needs: ['heldToken', 'keyInboxAddress'],
    body: (v) => heldSend(v, 'rejected'), provides: ['rejectId'], capture: (b, v) => { v.rejectId = b?.approval_id; },
  }),
  main({ id: 'listApprovals', title: 'list held actions', operation: 'listApprovals', expect: 200, auth: session, needs: ['session', 'approvalId'], check: listed('held action', 'approvalId', 'approval_id') }),
  main({ id: 'getApproval', title: 'get the held action', operation: 'getApproval', expect: 200, auth: session, needs: ['session', 'approvalId'], params: (v) => ({ approval_id: s(v, 'approvalId') }), check: same('held action', 'approvalId', 'action_id') }),
  main({ id: 'approveAction', title: 'approve: the send runs', operation: 'approveAction', expect: 204, auth: session, needs: ['session', 'approvalId'], params: (v) => ({ approval_id: s(v, 'approvalId') }), body: () => ({}) }),
  main({ id: 'rejectAction', title: 'reject the other', operation: 'rejectAction', expect: 204, auth: session, needs: ['session', 'rejectId'], params: (v) => ({ approval_id: s(v, 'rejectId') }), body: () => ({}) }),
  main({ id: 'listMessages', title: 'list the key inbox\'s messages', operation: 'listMessages', expect: 200, needs: ['messageId'], query: () => ({ limit: '200' }), check: listed('message', 'messageId', 'message_id') }),
  main({ id: 'getMessage', title: 'get the sent message', operation: 'getMessage', expect: 200, needs: ['messageId'], params: (v) => ({ message_id: s(v, 'messageId') }), check: same('message', 'messageId', 'message_id') }),
  main({ id: 'getThread', title: 'get its thread', operation: 'getThread', expect: 200, needs: ['threadId'], params: (v) => ({ thread_id: s(v, 'threadId') }), check: same('thread', 'threadId', 'thread_id') }),
  main({
    id: 'createThreadNote', title: 'note the thread, mentioning the run\'s inbox', operation: 'createThreadNote', expect: 201, needs: ['threadId', 'inboxAddress'],
    params: (v) => ({ thread_id: s(v, 'threadId') }), body: (v) => ({ body: 'Checked by mailsim contract-test.', mentions: [s(v, 'inboxAddress')] }),
    provides: ['noteId'], capture: (b, v) => { v.noteId = b?.note_id; },
  }),
  main({ id: 'listThreadNotes', title: 'list the thread\'s notes', operation: 'listThreadNotes', expect: 200, needs: ['threadId', 'noteId'], params: (v) => ({ thread_id: s(v, 'threadId') }), check: listed('note', 'noteId', 'note_id') }),
  main({
    id: 'assignThread', title: 'assign the thread to the run\'s inbox', operation: 'assignThread', expect: 200, needs: ['threadId', 'inboxId'],
    params: (v) => ({ thread_id: s(v, 'threadId') }), body: (v) => ({ to_inbox_id: s(v, 'inboxId') }),
    check: (b, v) => (b?.assigned_inbox_id === v.inboxId ? null : 'assigned_inbox_id not set'),
  }),
  main({ id: 'getUsage', title: 'usage this period', operation: 'getUsage', expect: 200 }),
];

const closing: FlowStep[] = [
  teardown({ id: 'deleteThreadNote', title: 'delete the note', operation: 'deleteThreadNote', expect: 204, needs: ['threadId', 'noteId'], params: (v) => ({ thread_id: s(v, 'threadId'), note_id: s(v, 'noteId') }) }),
  teardown({ id: 'revokeToken', title: 'revoke the token', operation: 'revokeToken', expect: 204, auth: session, needs: ['session', 'tokenId'], params: (v) => ({ token_id: s(v, 'tokenId') }), deletes: 'tokenId' }),
  teardown({ id: 'deleteInbox', title: 'delete the run\'s inbox', operation: 'deleteInbox', expect: 204, auth: session, needs: ['session', 'inboxId'], params: (v) => ({ inbox_id: s(v, 'inboxId') }), deletes: 'inboxId' }),
  teardown({ id: 'getDeletedInbox', title: 'the deleted inbox is gone', operation: 'getInbox', expect: 404, auth: session, needs: ['session', 'inboxId', 'deleted:inboxId'], params: (v) => ({ inbox_id: s(v, 'inboxId') }) }),
  teardown({ id: 'deleteDomain', title: 'delete the domain', operation: 'deleteDomain', expect: 204, auth: session, needs: ['session', 'domainName'], params: (v) => ({ name: s(v, 'domainName') }), deletes: 'domainName' }),
  teardown({ id: 'logoutSession', title: 'log out', operation: 'logoutSession', expect: 204, auth: session, needs: ['session'] }),
];

export const gentFlow: FlowDefinition = {
  provider: 'gent',
  steps: [...access, ...mail, ...recordSteps, ...recordTeardown, ...closing],
  templates: {},
  errorCases: [
    { id: 'loginSession:wrong-password', title: 'wrong password', operation: 'loginSession', expect: 401, auth: 'none', body: (v) => ({ email: `mailsim-contract-${v.run}@example.com`, password: 'not the password' }) },
    { id: 'createToken:agent-token', title: 'an agent token on a user-auth endpoint', operation: 'createToken', expect: 403, body: (v) => ({ inbox_id: s(v, 'keyInboxId'), label: 'x', scopes: ['email:read'] }) },
    { id: 'getUsage:missing-scope', title: 'a token without billing:read reads usage', operation: 'getUsage', expect: 403, auth: held },
  ],
  placeholders: (run) => ({
    keyInboxId: `inb_unknown_${run}`, inboxId: `inb_unknown_${run}`, domainName: `unknown-${run}.example.com`, heldToken: 'gent_unknown',
  }),
};

/**
 * The mail part of the Gent flow: an upload, a send (201), two held sends (202) approved and
 * rejected, messages, the thread, a note with a mention, assignment and usage.
 */
import type { FlowStep, Vars } from '../flow.js';
import { held, listed, main, s, same, session } from './gent-checks.js';

const blob = (v: Vars): FormData => {
  const form = new FormData();
  form.append(
    'file',
    new Blob([`mailsim contract test ${v.run}\n`], { type: 'text/plain' }),
    `mailsim-contract-${v.run}.txt`,
  );
  return form;
};
const heldSend = (v: Vars, what: string) => ({
  to: [{ email: s(v, 'keyInboxAddress') }],
  subject: `mailsim contract ${v.run} (${what})`,
  text_body: 'Held by mailsim contract-test.',
});

export const mail: FlowStep[] = [
  main({
    id: 'uploadBlob',
    title: 'upload an attachment',
    operation: 'uploadBlob',
    expect: 201,
    body: blob,
    provides: ['blobId'],
    capture: (b, v) => {
      v.blobId = b?.blob_id;
    },
  }),
  main({
    id: 'sendMessage',
    title: 'send with the attachment',
    operation: 'sendMessage',
    expect: 201,
    needs: ['inboxAddress', 'blobId'],
    body: (v) => ({
      to: [{ email: s(v, 'inboxAddress') }],
      subject: `mailsim contract ${v.run}`,
      text_body: 'Sent by mailsim contract-test.',
      attachments: [{ blob_id: s(v, 'blobId') }],
    }),
    headers: (v) => ({ 'Idempotency-Key': `mailsim-contract-${v.run}` }),
    provides: ['messageId', 'threadId'],
    capture: (b, v) => {
      v.messageId = b?.message_id;
      v.threadId = b?.thread_id;
    },
  }),
  main({
    id: 'sendHeld',
    title: 'a send held for approval',
    operation: 'sendMessage',
    expect: 202,
    auth: held,
    needs: ['heldToken', 'keyInboxAddress'],
    body: (v) => heldSend(v, 'approved'),
    provides: ['approvalId'],
    capture: (b, v) => {
      v.approvalId = b?.approval_id;
    },
  }),
  main({
    id: 'sendHeldToReject',
    title: 'a second held send',
    operation: 'sendMessage',
    expect: 202,
    auth: held,
    needs: ['heldToken', 'keyInboxAddress'],
    body: (v) => heldSend(v, 'rejected'),
    provides: ['rejectId'],
    capture: (b, v) => {
      v.rejectId = b?.approval_id;
    },
  }),
  main({
    id: 'listApprovals',
    title: 'list held actions',
    operation: 'listApprovals',
    expect: 200,
    auth: session,
    needs: ['session', 'approvalId'],
    check: listed('held action', 'approvalId', 'approval_id'),
  }),
  main({
    id: 'getApproval',
    title: 'get the held action',
    operation: 'getApproval',
    expect: 200,
    auth: session,
    needs: ['session', 'approvalId'],
    params: (v) => ({ approval_id: s(v, 'approvalId') }),
    check: same('held action', 'approvalId', 'action_id'),
  }),
  main({
    id: 'approveAction',
    title: 'approve: the send runs',
    operation: 'approveAction',
    expect: 204,
    auth: session,
    needs: ['session', 'approvalId'],
    params: (v) => ({ approval_id: s(v, 'approvalId') }),
    body: () => ({}),
  }),
  main({
    id: 'rejectAction',
    title: 'reject the other',
    operation: 'rejectAction',
    expect: 204,
    auth: session,
    needs: ['session', 'rejectId'],
    params: (v) => ({ approval_id: s(v, 'rejectId') }),
    body: () => ({}),
  }),
  main({
    id: 'listMessages',
    title: "list the key inbox's messages",
    operation: 'listMessages',
    expect: 200,
    needs: ['messageId'],
    query: () => ({ limit: '200' }),
    check: listed('message', 'messageId', 'message_id'),
  }),
  main({
    id: 'getMessage',
    title: 'get the sent message',
    operation: 'getMessage',
    expect: 200,
    needs: ['messageId'],
    params: (v) => ({ message_id: s(v, 'messageId') }),
    check: same('message', 'messageId', 'message_id'),
  }),
  main({
    id: 'getThread',
    title: 'get its thread',
    operation: 'getThread',
    expect: 200,
    needs: ['threadId'],
    params: (v) => ({ thread_id: s(v, 'threadId') }),
    check: same('thread', 'threadId', 'thread_id'),
  }),
  main({
    id: 'createThreadNote',
    title: "note the thread, mentioning the run's inbox",
    operation: 'createThreadNote',
    expect: 201,
    needs: ['threadId', 'inboxAddress'],
    params: (v) => ({ thread_id: s(v, 'threadId') }),
    body: (v) => ({ body: 'Checked by mailsim contract-test.', mentions: [s(v, 'inboxAddress')] }),
    provides: ['noteId'],
    capture: (b, v) => {
      v.noteId = b?.note_id;
    },
  }),
  main({
    id: 'listThreadNotes',
    title: "list the thread's notes",
    operation: 'listThreadNotes',
    expect: 200,
    needs: ['threadId', 'noteId'],
    params: (v) => ({ thread_id: s(v, 'threadId') }),
    check: listed('note', 'noteId', 'note_id'),
  }),
  main({
    id: 'assignThread',
    title: "assign the thread to the run's inbox",
    operation: 'assignThread',
    expect: 200,
    needs: ['threadId', 'inboxId'],
    params: (v) => ({ thread_id: s(v, 'threadId') }),
    body: (v) => ({ to_inbox_id: s(v, 'inboxId') }),
    check: (b, v) => (b?.assigned_inbox_id === v.inboxId ? null : 'assigned_inbox_id not set'),
  }),
  main({ id: 'getUsage', title: 'usage this period', operation: 'getUsage', expect: 200 }),
];

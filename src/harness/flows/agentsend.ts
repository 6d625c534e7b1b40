/**
 * The AgentSend contract-test flow: one stateful walk through every resource (create, read, list,
 * send, thread, update, delete), safe to run against the real service with a real key. Everything
 * it creates carries the run's suffix and is deleted by its teardown steps (or by `--cleanup`
 * when a run stops early). Mail goes only to the inbox the run created, never to a third party.
 */
import { randomUUID } from 'node:crypto';
import type { FlowDefinition, FlowStep, Vars } from '../flow.js';

const byId = (v: Vars, key: string) => ({ id: String(v[key]) });
const listed =
  (what: string, idVar: string) =>
  (body: any, v: Vars): string | null =>
    Array.isArray(body?.data) && body.data.some((x: any) => x?.id === v[idVar])
      ? null
      : `the ${what} created by this run is missing from the list`;
const same =
  (what: string, idVar: string) =>
  (body: any, v: Vars): string | null =>
    body?.id === v[idVar] ? null : `expected the ${what} ${v[idVar]}, got id ${JSON.stringify(body?.id)}`;

function attachmentForm(v: Vars): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob([`mailsim contract test ${v.run}\n`], { type: 'text/plain' }),
    `mailsim-contract-${v.run}.txt`,
  );
  return form;
}

const steps: FlowStep[] = [
  { id: 'health', title: 'health check', operation: 'getHealth', expect: 200, phase: 'main', auth: 'none' },

  // Inboxes
  {
    id: 'createInbox',
    title: 'create inbox',
    operation: 'createInbox',
    expect: 201,
    phase: 'main',
    body: (v) => ({ displayName: `mailsim contract ${v.run}` }),
    provides: ['inboxId', 'inboxAddress'],
    capture: (b, v) => {
      v.inboxId = b?.id;
      v.inboxAddress = b?.address;
    },
    check: (b, v) =>
      b?.displayName === `mailsim contract ${v.run}`
        ? null
        : `displayName not kept: got ${JSON.stringify(b?.displayName)}`,
    creates: { kind: 'inbox', idVar: 'inboxId', deleteOperation: 'deleteInbox', param: 'id' },
  },
  {
    id: 'getInbox',
    title: 'get inbox',
    operation: 'getInbox',
    expect: 200,
    phase: 'main',
    needs: ['inboxId'],
    params: (v) => byId(v, 'inboxId'),
    check: same('inbox', 'inboxId'),
  },
  {
    id: 'listInboxes',
    title: 'list inboxes',
    operation: 'listInboxes',
    expect: 200,
    phase: 'main',
    needs: ['inboxId'],
    query: () => ({ limit: '100' }),
    check: listed('inbox', 'inboxId'),
  },

  // Messages and threads: the run's inbox writes to itself.
  {
    id: 'sendMessage',
    title: 'send message',
    operation: 'sendMessage',
    expect: 202,
    phase: 'main',
    needs: ['inboxId', 'inboxAddress'],
    params: (v) => ({ inboxId: String(v.inboxId) }),
    body: (v) => ({
      to: [v.inboxAddress],
      subject: `mailsim contract test ${v.run}`,
      bodyText: 'Sent by mailsim contract-test.',
    }),
    provides: ['messageId', 'threadId'],
    capture: (b, v) => {
      v.messageId = b?.id;
      if (b?.threadId) v.threadId = b.threadId;
    },
    creates: { kind: 'message', idVar: 'messageId', deleteOperation: 'deleteMessage', param: 'id' },
  },
  {
    id: 'getMessage',
    title: 'get message',
    operation: 'getMessage',
    expect: 200,
    phase: 'main',
    needs: ['messageId'],
    params: (v) => byId(v, 'messageId'),
    check: same('message', 'messageId'),
  },
  {
    id: 'listMessages',
    title: 'list messages',
    operation: 'listMessages',
    expect: 200,
    phase: 'main',
    needs: ['inboxId', 'messageId'],
    params: (v) => ({ inboxId: String(v.inboxId) }),
    query: () => ({ limit: '50' }),
    check: listed('message', 'messageId'),
  },
  {
    id: 'listThreads',
    title: 'list threads',
    operation: 'listThreads',
    expect: 200,
    phase: 'main',
    needs: ['inboxId', 'threadId'],
    params: (v) => ({ inboxId: String(v.inboxId) }),
    check: listed('thread', 'threadId'),
  },
  {
    id: 'getThread',
    title: 'get thread',
    operation: 'getThread',
    expect: 200,
    phase: 'main',
    needs: ['threadId'],
    params: (v) => byId(v, 'threadId'),
    check: same('thread', 'threadId'),
  },
  {
    id: 'listThreadMessages',
    title: 'list thread messages',
    operation: 'listThreadMessages',
    expect: 200,
    phase: 'main',
    needs: ['threadId', 'messageId'],
    params: (v) => byId(v, 'threadId'),
    check: listed('message', 'messageId'),
  },

  // Webhooks
  {
    id: 'createWebhook',
    title: 'create webhook',
    operation: 'createWebhook',
    expect: 201,
    phase: 'main',
    body: (v) => ({ url: `https://example.com/mailsim-contract/${v.run}`, events: ['message.received'] }),
    provides: ['webhookId'],
    capture: (b, v) => {
      v.webhookId = b?.id;
    },
    creates: { kind: 'webhook', idVar: 'webhookId', deleteOperation: 'deleteWebhook', param: 'id' },
  },
  {
    id: 'getWebhook',
    title: 'get webhook',
    operation: 'getWebhook',
    expect: 200,
    phase: 'main',
    needs: ['webhookId'],
    params: (v) => byId(v, 'webhookId'),
    check: same('webhook', 'webhookId'),
  },
  {
    id: 'listWebhooks',
    title: 'list webhooks',
    operation: 'listWebhooks',
    expect: 200,
    phase: 'main',
    needs: ['webhookId'],
    check: listed('webhook', 'webhookId'),
  },
  {
    id: 'updateWebhook',
    title: 'update webhook',
    operation: 'updateWebhook',
    expect: 200,
    phase: 'main',
    needs: ['webhookId'],
    params: (v) => byId(v, 'webhookId'),
    body: () => ({ isActive: false }),
    check: (b) =>
      b?.isActive === false ? null : `isActive should be false after the update, got ${JSON.stringify(b?.isActive)}`,
  },

  // Domains
  {
    id: 'createDomain',
    title: 'create domain',
    operation: 'createDomain',
    expect: 201,
    phase: 'main',
    body: (v) => ({ domain: `mailsim-contract-${v.run}.example.com` }),
    provides: ['domainId'],
    capture: (b, v) => {
      v.domainId = b?.id;
    },
    creates: { kind: 'domain', idVar: 'domainId', deleteOperation: 'deleteDomain', param: 'id' },
  },
  {
    id: 'getDomain',
    title: 'get domain',
    operation: 'getDomain',
    expect: 200,
    phase: 'main',
    needs: ['domainId'],
    params: (v) => byId(v, 'domainId'),
    check: same('domain', 'domainId'),
  },
  {
    id: 'listDomains',
    title: 'list domains',
    operation: 'listDomains',
    expect: 200,
    phase: 'main',
    needs: ['domainId'],
    query: () => ({ limit: '100' }),
    check: listed('domain', 'domainId'),
  },
  {
    id: 'verifyDomain',
    title: 'verify domain',
    operation: 'verifyDomain',
    expect: 200,
    phase: 'main',
    needs: ['domainId'],
    params: (v) => byId(v, 'domainId'),
  },

  // Attachments (no delete operation exists: uploads stay)
  {
    id: 'uploadAttachment',
    title: 'upload attachment',
    operation: 'uploadAttachment',
    expect: 201,
    phase: 'main',
    body: attachmentForm,
    provides: ['attachmentId'],
    capture: (b, v) => {
      v.attachmentId = b?.id;
    },
  },
  {
    id: 'getAttachment',
    title: 'get attachment',
    operation: 'getAttachment',
    expect: 200,
    phase: 'main',
    needs: ['attachmentId'],
    params: (v) => byId(v, 'attachmentId'),
    check: same('attachment', 'attachmentId'),
  },

  // Account and API keys
  { id: 'getAccount', title: 'get account', operation: 'getAccount', expect: 200, phase: 'main' },
  {
    id: 'createApiKey',
    title: 'create API key',
    operation: 'createApiKey',
    expect: 201,
    phase: 'main',
    body: (v) => ({ name: `mailsim-contract-${v.run}` }),
    provides: ['apiKeyId'],
    capture: (b, v) => {
      v.apiKeyId = b?.id;
    },
    creates: { kind: 'api key', idVar: 'apiKeyId', deleteOperation: 'revokeApiKey', param: 'id' },
  },
  {
    id: 'listApiKeys',
    title: 'list API keys',
    operation: 'listApiKeys',
    expect: 200,
    phase: 'main',
    needs: ['apiKeyId'],
    check: listed('API key', 'apiKeyId'),
  },

  // Teardown, children before parents; then the deleted inbox must be gone.
  {
    id: 'revokeApiKey',
    title: 'revoke API key',
    operation: 'revokeApiKey',
    expect: 204,
    phase: 'teardown',
    needs: ['apiKeyId'],
    params: (v) => byId(v, 'apiKeyId'),
    deletes: 'apiKeyId',
  },
  {
    id: 'deleteWebhook',
    title: 'delete webhook',
    operation: 'deleteWebhook',
    expect: 204,
    phase: 'teardown',
    needs: ['webhookId'],
    params: (v) => byId(v, 'webhookId'),
    deletes: 'webhookId',
  },
  {
    id: 'deleteDomain',
    title: 'delete domain',
    operation: 'deleteDomain',
    expect: 204,
    phase: 'teardown',
    needs: ['domainId'],
    params: (v) => byId(v, 'domainId'),
    deletes: 'domainId',
  },
  {
    id: 'deleteMessage',
    title: 'delete message',
    operation: 'deleteMessage',
    expect: 204,
    phase: 'teardown',
    needs: ['messageId'],
    params: (v) => byId(v, 'messageId'),
    deletes: 'messageId',
  },
  {
    id: 'deleteInbox',
    title: 'delete inbox',
    operation: 'deleteInbox',
    expect: 204,
    phase: 'teardown',
    needs: ['inboxId'],
    params: (v) => byId(v, 'inboxId'),
    deletes: 'inboxId',
  },
  {
    id: 'getDeletedInbox',
    title: 'get deleted inbox',
    operation: 'getInbox',
    expect: 404,
    phase: 'teardown',
    needs: ['inboxId', 'deleted:inboxId'],
    params: (v) => byId(v, 'inboxId'),
  },
];

export const agentsendFlow: FlowDefinition = {
  provider: 'agentsend',
  steps,
  // Public account operations: only their validation errors are exercised, so a run against the
  // real service never signs anyone up or mails a code.
  templates: {
    autoProvision: { body: (v) => ({ deviceId: `mailsim-contract-${v.run}` }) },
    signup: { body: (v) => ({ email: `mailsim-contract-${v.run}@example.com`, name: 'mailsim contract' }) },
    sendCode: { body: (v) => ({ email: `mailsim-contract-${v.run}@example.com`, name: 'mailsim contract' }) },
    verifyCode: { body: (v) => ({ email: `mailsim-contract-${v.run}@example.com`, code: '000000' }) },
    magicLink: { body: (v) => ({ email: `mailsim-contract-${v.run}@example.com` }) },
    verifyMagicLink: { query: (v) => ({ token: `mailsim-contract-${v.run}` }) },
  },
  errorCases: [
    {
      id: 'verifyMagicLink:invalid-token',
      title: 'unknown magic-link token',
      operation: 'verifyMagicLink',
      expect: 400,
      auth: 'none',
      query: (v) => ({ token: `mailsim-contract-invalid-${v.run}` }),
    },
  ],
  placeholders: (run) => ({
    inboxId: randomUUID(),
    inboxAddress: `mailsim-contract-${run}@agentsend.io`,
    messageId: randomUUID(),
    threadId: randomUUID(),
    webhookId: randomUUID(),
    domainId: randomUUID(),
    attachmentId: randomUUID(),
    apiKeyId: randomUUID(),
  }),
};

/** The Commune flow's account steps (org, API keys, limits, credits) and its teardown. */
import type { FlowStep } from '../flow.js';
import { field, main, onDomain, s } from './commune-steps.js';

export const account: FlowStep[] = [
  main({
    id: 'getAgentOrg',
    title: 'get org',
    operation: 'getAgentOrg',
    expect: 200,
    provides: ['orgName'],
    capture: (b, v) => {
      v.orgName = b?.org?.name;
    },
  }),
  // The org keeps its name: it is "renamed" to the name it already has.
  main({
    id: 'updateAgentOrg',
    title: 'update org (same name)',
    operation: 'updateAgentOrg',
    expect: 200,
    needs: ['orgName'],
    body: (v) => ({ name: v.orgName }),
    check: field(['org', 'name'], (v) => v.orgName, 'org name changed'),
  }),
  main({
    id: 'createApiKey',
    title: 'create API key',
    operation: 'createApiKey',
    expect: 201,
    body: (v) => ({ name: `mailsim-contract-${v.run}`, permissions: ['read'] }),
    provides: ['apiKeyId'],
    capture: (b, v) => {
      v.apiKeyId = b?.id;
    },
    creates: { kind: 'api key', idVar: 'apiKeyId', deleteOperation: 'revokeApiKey', param: 'keyId', deleteStatus: 200 },
  }),
  main({
    id: 'listApiKeys',
    title: 'list API keys',
    operation: 'listApiKeys',
    expect: 200,
    needs: ['apiKeyId'],
    check: (b, v) =>
      b?.apiKeys?.some?.((k: any) => k?.id === v.apiKeyId)
        ? null
        : 'the API key created by this run is missing from the list',
  }),
  main({
    id: 'rotateApiKey',
    title: 'rotate API key',
    operation: 'rotateApiKey',
    expect: 200,
    needs: ['apiKeyId'],
    params: (v) => ({ keyId: s(v, 'apiKeyId') }),
    check: (b, v) =>
      b?.id === v.apiKeyId ? null : `rotation should keep the key id ${v.apiKeyId}, got ${JSON.stringify(b?.id)}`,
  }),
  main({ id: 'getMeLimits', title: 'plan limits and usage', operation: 'getMeLimits', expect: 200 }),
  main({ id: 'getCredits', title: 'credit balance', operation: 'getCredits', expect: 200 }),
  main({ id: 'listCreditBundles', title: 'credit bundles', operation: 'listCreditBundles', expect: 200 }),
  main({
    id: 'submitFeedback',
    title: 'send feedback',
    operation: 'submitFeedback',
    expect: 201,
    loopbackOnly: "loopback targets only: feedback would reach Commune's staff",
    body: (v) => ({ type: 'signal', message: `mailsim contract test ${v.run}` }),
  }),
];

// Teardown, children before parents; then the deleted inbox must be gone.
export const teardown: FlowStep[] = [
  {
    id: 'revokeApiKey',
    title: 'revoke API key',
    operation: 'revokeApiKey',
    expect: 200,
    phase: 'teardown',
    needs: ['apiKeyId'],
    params: (v) => ({ keyId: s(v, 'apiKeyId') }),
    deletes: 'apiKeyId',
  },
  {
    id: 'deleteDomainInbox',
    title: "delete the domain's inbox",
    operation: 'deleteInbox',
    expect: 200,
    phase: 'teardown',
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    deletes: 'domainInboxId',
  },
  {
    id: 'deleteInbox',
    title: 'delete the default-domain inbox',
    operation: 'deleteInbox',
    expect: 200,
    phase: 'teardown',
    needs: ['inboxDomainId', 'inboxId'],
    params: onDomain('inboxDomainId', 'inboxId'),
    deletes: 'inboxId',
  },
  {
    id: 'getDeletedInbox',
    title: 'get deleted inbox',
    operation: 'getInbox',
    expect: 404,
    phase: 'teardown',
    needs: ['inboxDomainId', 'inboxId', 'deleted:inboxId'],
    params: onDomain('inboxDomainId', 'inboxId'),
  },
];

/** Documented 4xx answers the contract's generic rules cannot derive; none changes the account. */

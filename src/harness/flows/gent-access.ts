/**
 * The first part of the Gent flow: the live schema, the session (login, refresh), the key's inbox, a
 * domain, an inbox on the key's domain and its settings, and a token whose sends need approval.
 */
import type { FlowStep } from '../flow.js';
import { listed, main, s, same, session } from './gent-checks.js';

const DEV_LOGIN = { email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' };
const RUN_SCOPES = ['email:read', 'email:send', 'email:write', 'approvals:read', 'approvals:write'];

export const access: FlowStep[] = [
  main({
    id: 'getApiReference',
    title: 'read the live schema',
    operation: 'getApiReference',
    expect: 200,
    auth: 'none',
    check: (b) =>
      b?.paths?.['/v1/messages/']?.post?.['x-gent-scopes']?.includes('email:send')
        ? null
        : 'the schema does not mark sendMessage with its scope',
  }),
  main({
    id: 'joinWaitlist',
    title: 'join the waitlist',
    operation: 'joinWaitlist',
    expect: 202,
    auth: 'none',
    body: (v) => ({ email: `mailsim-contract-${v.run}@example.com` }),
    loopbackOnly: "it would add an address to Gent's real waitlist",
  }),
  main({
    id: 'loginSession',
    title: 'log in (user auth)',
    operation: 'loginSession',
    expect: 200,
    auth: 'none',
    body: () => ({
      email: process.env.GENT_EMAIL ?? DEV_LOGIN.email,
      password: process.env.GENT_PASSWORD ?? DEV_LOGIN.password,
    }),
    provides: ['session', 'refresh'],
    capture: (b, v) => {
      v.session = b?.access_token;
      v.refresh = b?.refresh_token;
    },
  }),
  main({
    id: 'refreshSession',
    title: 'refresh the access token',
    operation: 'refreshSession',
    expect: 200,
    auth: 'none',
    needs: ['refresh'],
    body: (v) => ({ refresh_token: s(v, 'refresh') }),
    check: (b) => (typeof b?.access_token === 'string' ? null : 'no access_token'),
  }),
  main({
    id: 'listInboxes',
    title: "the key's inbox",
    operation: 'listInboxes',
    expect: 200,
    provides: ['keyInboxId', 'keyInboxAddress', 'keyDomain'],
    capture: (b, v) => {
      v.keyInboxId = b?.results?.[0]?.inbox_id;
      v.keyInboxAddress = b?.results?.[0]?.address;
      v.keyDomain = b?.results?.[0]?.domain;
    },
  }),
  main({
    id: 'getInbox',
    title: "get the key's inbox",
    operation: 'getInbox',
    expect: 200,
    needs: ['keyInboxId'],
    params: (v) => ({ inbox_id: s(v, 'keyInboxId') }),
    check: same('inbox', 'keyInboxId', 'inbox_id'),
  }),
  main({
    id: 'createDomain',
    title: 'add a domain',
    operation: 'createDomain',
    expect: 201,
    auth: session,
    needs: ['session'],
    body: (v) => ({ domain: `mailsim-ct-${v.run}.example.com` }),
    provides: ['domainName'],
    capture: (b, v) => {
      v.domainName = b?.domain;
    },
    creates: { kind: 'domain', idVar: 'domainName', deleteOperation: 'deleteDomain', param: 'name', auth: session },
  }),
  main({
    id: 'getDomain',
    title: 'get the domain',
    operation: 'getDomain',
    expect: 200,
    auth: session,
    needs: ['session', 'domainName'],
    params: (v) => ({ name: s(v, 'domainName') }),
  }),
  main({
    id: 'listDomains',
    title: 'list domains',
    operation: 'listDomains',
    expect: 200,
    auth: session,
    needs: ['session', 'domainName'],
    query: () => ({ limit: '200' }),
    check: listed('domain', 'domainName', 'domain'),
  }),
  main({
    id: 'checkDomain',
    title: 'check the DNS records',
    operation: 'checkDomain',
    expect: 200,
    auth: session,
    needs: ['session', 'domainName'],
    params: (v) => ({ name: s(v, 'domainName') }),
  }),
  main({
    id: 'verifyDomain',
    title: 'verify the domain',
    operation: 'verifyDomain',
    expect: 200,
    auth: session,
    needs: ['session', 'domainName'],
    params: (v) => ({ name: s(v, 'domainName') }),
  }),
  main({
    id: 'createInbox',
    title: "create an inbox on the key's domain",
    operation: 'createInbox',
    expect: 201,
    auth: session,
    needs: ['session', 'keyDomain'],
    body: (v) => ({ address: `mailsim-ct-${v.run}@${v.keyDomain}`, display_name: `mailsim contract ${v.run}` }),
    provides: ['inboxId', 'inboxAddress'],
    capture: (b, v) => {
      v.inboxId = b?.inbox_id;
      v.inboxAddress = b?.address;
    },
    creates: { kind: 'inbox', idVar: 'inboxId', deleteOperation: 'deleteInbox', param: 'inbox_id', auth: session },
  }),
  main({
    id: 'updateInbox',
    title: 'set the inbox timezone',
    operation: 'updateInbox',
    expect: 200,
    auth: session,
    needs: ['session', 'inboxId'],
    params: (v) => ({ inbox_id: s(v, 'inboxId') }),
    body: () => ({ default_timezone: 'Europe/Paris' }),
    check: (b) => (b?.default_timezone === 'Europe/Paris' ? null : 'default_timezone not kept'),
  }),
  main({
    id: 'createToken',
    title: 'a token whose sends need approval',
    operation: 'createToken',
    expect: 201,
    auth: session,
    needs: ['session', 'inboxId'],
    body: (v) => ({
      inbox_id: s(v, 'inboxId'),
      label: `mailsim-contract-${v.run}`,
      scopes: RUN_SCOPES,
      requires_approval: ['email:send'],
    }),
    provides: ['tokenId', 'heldToken'],
    capture: (b, v) => {
      v.tokenId = b?.token_id;
      v.heldToken = b?.token;
    },
    creates: { kind: 'token', idVar: 'tokenId', deleteOperation: 'revokeToken', param: 'token_id', auth: session },
  }),
  main({
    id: 'getToken',
    title: 'get the token',
    operation: 'getToken',
    expect: 200,
    auth: session,
    needs: ['session', 'tokenId'],
    params: (v) => ({ token_id: s(v, 'tokenId') }),
    check: same('token', 'tokenId', 'token_id'),
  }),
  main({
    id: 'listTokens',
    title: "list the inbox's tokens",
    operation: 'listTokens',
    expect: 200,
    auth: session,
    needs: ['session', 'tokenId', 'inboxId'],
    query: (v) => ({ inbox_id: s(v, 'inboxId') }),
    check: listed('token', 'tokenId', 'token_id'),
  }),
  main({
    id: 'rotateToken',
    title: 'rotate the token',
    operation: 'rotateToken',
    expect: 201,
    auth: session,
    needs: ['session', 'tokenId'],
    params: (v) => ({ token_id: s(v, 'tokenId') }),
    capture: (b, v) => {
      v.heldToken = b?.token;
    },
  }),
];

/**
 * The Commune contract-test flow: one stateful walk through contracts/commune.yaml with any `comm_`
 * key — domain → records → verify → inboxes (one on the new domain, one on the account's default
 * domain) → extraction schema → attachment → send (with the attachment) → messages → threads
 * (cursor pages, metadata, status, tags, assignment) → search → delivery analytics → webhook
 * deliveries → DMARC → org → API keys → limits and credits → deletes.
 *
 * Safe against the real service: everything the run makes carries its suffix, mail goes only to
 * the run's own inbox, the org is renamed to the name it already has, and the run's inboxes and
 * API key are deleted by the teardown (or by `--cleanup`). What stays behind, because Commune has no
 * delete for it: the domain (no domain delete exists, and it counts towards the plan's domain
 * limit), the uploaded attachment, the DMARC report and the thread metadata. The account needs a
 * plan with custom domains, semantic search and structured extraction (agent_pro or above).
 *
 * Left to loopback targets (an emulator, detected by host name): agent sign-up, the signed
 * ownership claim and data deletion (flows/commune-agent.ts), the webhook test (it would POST to
 * the inbox's endpoint), and feedback (it would reach Commune's staff). Never run as a flow step:
 * the SSE stream (it never ends), a credits checkout (a real payment session), and getting or
 * retrying a webhook delivery (one exists only after inbound mail reaches an inbox with a webhook);
 * their error cases still run.
 */
import { randomUUID } from 'node:crypto';
import type { FlowDefinition, FlowStep } from '../flow.js';
import { hex, s, listed, same, field, onDomain, inboxCreates, main } from './commune-steps.js';
import { agentSteps, deletionSteps } from './commune-agent.js';
import { account, teardown } from './commune-account.js';
import { errorCases } from './commune-errors.js';
import { mail } from './commune-mail.js';

const setup: FlowStep[] = [
  // Inboxes and domains. The inbox without a domain is made first, so on an account without
  // custom domains it lands on the shared default domain (Commune picks the account's first one).
  main({
    id: 'createInbox',
    title: 'create inbox on the default domain',
    operation: 'createInbox',
    expect: 201,
    body: (v) => ({ local_part: `mailsim-ct-${v.run}`, display_name: `mailsim contract ${v.run}` }),
    provides: ['inboxId', 'inboxAddress', 'inboxDomainId'],
    capture: (b, v) => {
      v.inboxId = b?.data?.id;
      v.inboxAddress = b?.data?.address;
      v.inboxDomainId = b?.data?.domain_id;
    },
    check: field(['data', 'localPart'], (v) => `mailsim-ct-${v.run}`, 'localPart not kept'),
    creates: inboxCreates('inboxId', 'inboxDomainId'),
  }),
  main({
    id: 'listInboxes',
    title: 'list all inboxes',
    operation: 'listInboxes',
    expect: 200,
    needs: ['inboxId'],
    check: listed('inbox', 'inboxId'),
  }),
  main({
    id: 'createDomain',
    title: 'create domain',
    operation: 'createDomain',
    expect: 201,
    body: (v) => ({ name: `mailsim-ct-${v.run}.example.com` }),
    provides: ['domainId', 'domainName'],
    capture: (b, v) => {
      v.domainId = b?.data?.id;
      v.domainName = b?.data?.name;
    },
    // No operation deletes a domain: it is reported as left behind even after --cleanup.
    creates: { kind: 'domain (Commune has no domain delete)', idVar: 'domainId', param: 'domainId' },
  }),
  main({
    id: 'getDomainRecords',
    title: 'domain DNS records',
    operation: 'getDomainRecords',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
  }),
  main({
    id: 'verifyDomain',
    title: 'verify domain',
    operation: 'verifyDomain',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: same('domain', 'domainId'),
  }),
  main({
    id: 'getDomain',
    title: 'get domain',
    operation: 'getDomain',
    expect: 200,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: same('domain', 'domainId'),
  }),
  main({
    id: 'listDomains',
    title: 'list domains',
    operation: 'listDomains',
    expect: 200,
    needs: ['domainId'],
    check: listed('domain', 'domainId'),
  }),
  main({
    id: 'createDomainInbox',
    title: 'create inbox on the new domain',
    operation: 'createDomainInbox',
    expect: 201,
    needs: ['domainId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    body: (v) => ({ local_part: `mailsim-ct-${v.run}-d` }),
    provides: ['domainInboxId'],
    capture: (b, v) => {
      v.domainInboxId = b?.data?.id;
    },
    check: (b, v) =>
      b?.data?.address === `mailsim-ct-${v.run}-d@${v.domainName}`
        ? null
        : `address should be on the new domain, got ${JSON.stringify(b?.data?.address)}`,
    creates: inboxCreates('domainInboxId', 'domainId'),
  }),
  main({
    id: 'listDomainInboxes',
    title: "list the domain's inboxes",
    operation: 'listDomainInboxes',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: (v) => ({ domainId: s(v, 'domainId') }),
    check: listed('inbox', 'domainInboxId'),
  }),
  main({
    id: 'getInbox',
    title: 'get inbox',
    operation: 'getInbox',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    check: same('inbox', 'domainInboxId'),
  }),
  main({
    id: 'updateInbox',
    title: 'rename inbox',
    operation: 'updateInbox',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    body: (v) => ({ display_name: `mailsim contract ${v.run} (renamed)` }),
    check: field(['data', 'displayName'], (v) => `mailsim contract ${v.run} (renamed)`, 'displayName not updated'),
  }),
  main({
    id: 'setExtractionSchema',
    title: 'set extraction schema',
    operation: 'setExtractionSchema',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    body: () => ({
      name: 'mailsim_contract',
      description: 'set by mailsim contract-test',
      schema: { type: 'object', properties: { order_id: { type: 'string' } } },
    }),
    check: field(['data', 'extractionSchema', 'name'], () => 'mailsim_contract', 'extractionSchema not set'),
  }),
  main({
    id: 'removeExtractionSchema',
    title: 'remove extraction schema',
    operation: 'removeExtractionSchema',
    expect: 200,
    needs: ['domainId', 'domainInboxId'],
    params: onDomain('domainId', 'domainInboxId'),
    check: (b) => (b?.data && !('extractionSchema' in b.data) ? null : 'extractionSchema still present after removal'),
  }),
];

export const communeFlow: FlowDefinition = {
  provider: 'commune',
  steps: [...account.slice(0, 2), ...setup, ...mail, ...agentSteps, ...deletionSteps, ...account.slice(2), ...teardown],
  templates: {},
  errorCases,
  placeholders: (run) => ({
    inboxId: randomUUID(),
    inboxDomainId: randomUUID(),
    inboxAddress: `mailsim-ct-${run}@commune.email`,
    domainId: randomUUID(),
    domainName: `mailsim-ct-${run}.example.com`,
    domainInboxId: randomUUID(),
    attachmentId: hex(16),
    threadId: `thread_${randomUUID()}`,
    apiKeyId: hex(16),
    deliveryId: `whd_${hex(10)}`,
    deletionId: `del_${hex(10)}`,
    confirmationToken: hex(32),
    claimToken: hex(32),
    orgName: 'mailsim contract',
    agentId: `agt_${hex(16)}`,
  }),
  // A claim token is 64 hex: any other length is a 400, so an unknown one must have that shape.
  unknownIds: { token: () => hex(32) },
};

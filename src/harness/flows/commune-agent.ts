/**
 * The Commune steps that only run against a loopback target (an emulator), each skipped elsewhere
 * with its reason:
 *  - agent sign-up (agentRegister → agentVerify) mints a real organisation and agent, which no
 *    operation deletes;
 *  - the ownership claim needs that Ed25519 agent (`Authorization: Agent {id}:{sig}` over
 *    `"{id}:{timestampMs}"`) and mails a claim link; the owner named is the run's own inbox, so the
 *    link is read back with listMessages (needs the emulator's local mail delivery);
 *  - data deletion (preview → status → confirm) deletes the messages of the run's inbox, and a
 *    pending request would block the account's own deletion requests for an hour.
 * Everything here is made for the run: its own key pair, slug and inbox; nothing of the account's.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { FlowStep, Vars } from '../flow.js';

const MINTS_ACCOUNT =
  'loopback targets only: agent sign-up mints a real Commune organisation that no operation deletes';
const NEEDS_AGENT = 'loopback targets only: needs the Ed25519 agent that sign-up would mint';
const DELETES_DATA =
  "loopback targets only: data deletion deletes data (and a pending request blocks the account's own for an hour)";

/** The purpose the agent states at sign-up; the challenge asks for its count of 5+-letter words. */
export const AGENT_PURPOSE = 'Exercises every documented Commune operation for the mailsim contract test harness';

interface AgentKeys {
  privateKey: KeyObject;
  publicKey: string;
}

/** The run's Ed25519 key pair, made on first use and kept in the variables. */
export function agentKeys(v: Vars): AgentKeys {
  if (!v.agentKeys) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    // The raw 32-byte key is the last 32 bytes of its SPKI DER encoding.
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    v.agentKeys = { privateKey, publicKey: raw.toString('base64') } satisfies AgentKeys;
  }
  return v.agentKeys as AgentKeys;
}

const signText = (v: Vars, text: string): string =>
  sign(null, Buffer.from(text, 'utf8'), agentKeys(v).privateKey).toString('base64');

/** Commune's agent scheme; every request needs a fresh millisecond timestamp (replays are refused). */
export function agentHeaders(v: Vars): Record<string, string> {
  const last = Number(v.agentLastTimestamp ?? 0);
  const ts = Math.max(Date.now(), last + 1);
  v.agentLastTimestamp = ts;
  const agentId = String(v.agentId);
  return { authorization: `Agent ${agentId}:${signText(v, `${agentId}:${ts}`)}`, 'x-commune-timestamp': String(ts) };
}

/** Words of the purpose with at least five ASCII letters once other characters are removed. */
export function longWords(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.replace(/[^a-zA-Z]/g, '').length >= 5).length;
}

/** `verb:count:marker`, the marker being the string the challenge says to include. */
export function challengeResponse(challengeText: string): string {
  const marker = /Include this exact string:\s*(\S+)/.exec(challengeText)?.[1] ?? '';
  return `tests:${longWords(AGENT_PURPOSE)}:${marker}`;
}

const CLAIM_LINK = /\/claim\/([0-9a-f]{64})\b/;

export const agentSteps: FlowStep[] = [
  {
    id: 'agentRegister',
    title: 'agent sign-up',
    operation: 'agentRegister',
    expect: 201,
    phase: 'main',
    auth: 'none',
    loopbackOnly: MINTS_ACCOUNT,
    body: (v) => ({
      agentName: `mailsim contract ${v.run}`,
      agentPurpose: AGENT_PURPOSE,
      orgName: `mailsim contract ${v.run}`,
      orgSlug: `mailsim-ct-agent-${v.run}`,
      publicKey: agentKeys(v).publicKey,
    }),
    provides: ['signupToken', 'challengeText'],
    capture: (b, v) => {
      v.signupToken = b?.agentSignupToken;
      v.challengeText = b?.challenge?.text;
    },
  },
  {
    id: 'agentVerify',
    title: 'agent answers the challenge',
    operation: 'agentVerify',
    expect: 200,
    phase: 'main',
    auth: 'none',
    loopbackOnly: MINTS_ACCOUNT,
    needs: ['signupToken', 'challengeText'],
    body: (v) => {
      const answer = challengeResponse(String(v.challengeText));
      return { agentSignupToken: v.signupToken, challengeResponse: answer, signature: signText(v, answer) };
    },
    provides: ['agentId'],
    capture: (b, v) => {
      v.agentId = b?.agentId;
    },
    check: (b) =>
      b?.ownershipStatus === 'unclaimed'
        ? null
        : `a new agent should be unclaimed, got ${JSON.stringify(b?.ownershipStatus)}`,
  },
  {
    id: 'claimOwnership',
    title: "agent names the run's inbox as owner (signed)",
    operation: 'claimOwnership',
    expect: 200,
    phase: 'main',
    auth: 'none',
    loopbackOnly: NEEDS_AGENT,
    needs: ['agentId', 'inboxAddress'],
    headers: agentHeaders,
    body: (v) => ({ ownerEmail: v.inboxAddress }),
    provides: ['claimStarted'],
    capture: (_b, v) => {
      v.claimStarted = true;
    },
    check: (b, v) =>
      b?.ownerEmail === v.inboxAddress
        ? null
        : `ownerEmail should be ${v.inboxAddress}, got ${JSON.stringify(b?.ownerEmail)}`,
  },
  {
    // The claim link arrives by email; the owner is the run's inbox, so the link is read from it.
    // Without local mail delivery the token never arrives and the claim steps are skipped.
    id: 'findClaimEmail',
    title: 'read the claim link from the owner inbox',
    operation: 'listMessages',
    expect: 200,
    phase: 'main',
    loopbackOnly: NEEDS_AGENT,
    needs: ['claimStarted', 'inboxId'],
    query: (v) => ({ inbox_id: String(v.inboxId), limit: '50' }),
    provides: ['claimToken'],
    capture: (b, v) => {
      for (const m of Array.isArray(b?.data) ? b.data : []) {
        const token = CLAIM_LINK.exec(`${m?.content ?? ''} ${m?.content_html ?? ''}`)?.[1];
        if (token) {
          v.claimToken = token;
          return;
        }
      }
    },
  },
  {
    id: 'getClaimDetails',
    title: 'owner opens the claim link',
    operation: 'getClaimDetails',
    expect: 200,
    phase: 'main',
    auth: 'none',
    loopbackOnly: NEEDS_AGENT,
    needs: ['claimToken'],
    params: (v) => ({ token: String(v.claimToken) }),
    check: (b, v) =>
      b?.ownerEmail === v.inboxAddress
        ? null
        : `the claim should name ${v.inboxAddress} as owner, got ${JSON.stringify(b?.ownerEmail)}`,
  },
  {
    id: 'acceptClaim',
    title: 'owner accepts the claim',
    operation: 'acceptClaim',
    expect: 200,
    phase: 'main',
    auth: 'none',
    loopbackOnly: NEEDS_AGENT,
    needs: ['claimToken'],
    params: (v) => ({ token: String(v.claimToken) }),
  },
];

export const deletionSteps: FlowStep[] = [
  {
    id: 'previewDataDeletion',
    title: "preview deleting the run inbox's messages",
    operation: 'previewDataDeletion',
    expect: 201,
    phase: 'main',
    loopbackOnly: DELETES_DATA,
    needs: ['inboxId'],
    body: (v) => ({ scope: 'messages', inbox_id: v.inboxId }),
    provides: ['deletionId', 'confirmationToken'],
    capture: (b, v) => {
      v.deletionId = b?.id;
      v.confirmationToken = b?.confirmation_token;
    },
    check: (b) =>
      b?.status === 'pending' ? null : `a new deletion request should be pending, got ${JSON.stringify(b?.status)}`,
  },
  {
    id: 'getDataDeletionStatus',
    title: 'deletion request status',
    operation: 'getDataDeletionStatus',
    expect: 200,
    phase: 'main',
    loopbackOnly: DELETES_DATA,
    needs: ['deletionId'],
    params: (v) => ({ id: String(v.deletionId) }),
    check: (b, v) =>
      b?.id === v.deletionId ? null : `expected the deletion request ${v.deletionId}, got id ${JSON.stringify(b?.id)}`,
  },
  {
    id: 'confirmDataDeletion',
    title: 'confirm the deletion',
    operation: 'confirmDataDeletion',
    expect: 200,
    phase: 'main',
    loopbackOnly: DELETES_DATA,
    needs: ['deletionId', 'confirmationToken'],
    params: (v) => ({ id: String(v.deletionId) }),
    body: (v) => ({ confirmation_token: v.confirmationToken }),
    check: (b) =>
      b?.status === 'completed' ? null : `a confirmed deletion should be completed, got ${JSON.stringify(b?.status)}`,
  },
];

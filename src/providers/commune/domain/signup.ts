/**
 * Agent sign-up (contracts/commune.md, "Agent sign-up"): register creates the organisation and a pending
 * sign-up with its challenge; verify checks the answer and the Ed25519 signature over it, creates
 * the agent and its inbox `{orgSlug}@{shared domain}`.
 */
import type { HandlerContext } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import { challengeProblem, challengeText, countLongWords } from './challenge.js';
import { isUsablePublicKey, verifyEd25519 } from './ed25519.js';
import { createInboxRow, inboxAddress, localPartTaken } from './inboxes.js';
import { insertAgent, insertSignup, markSignupVerified, openSignup, SIGNUP_TTL_MS } from '../store/agents.js';
import { sharedDomain } from '../store/domains.js';
import { insertOrg, slugTaken } from '../store/orgs.js';
import type { AgentProfile, SignupRow } from '../tables.js';

export interface Registration {
  agentName: string;
  agentPurpose: string;
  orgName: string;
  orgSlug: string;
  publicKey: string;
  profile: AgentProfile;
}

const DEFAULT_SHARED_DOMAIN = 'commune.email';

/** Creates the org (tier free) and the pending sign-up; the slug is taken from now on. */
export function register(ctx: HandlerContext, r: Registration): { token: string; text: string } {
  if (!isUsablePublicKey(r.publicKey)) {
    throw errors.coded(400, 'invalid_public_key', 'publicKey must be a base64-encoded 32-byte Ed25519 public key');
  }
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    const shared = sharedDomain(db);
    // The slug becomes the inbox address on the shared domain, so an inbox already there (another
    // org's) makes it as unusable as an org slug: mailsim says so now rather than overwrite later.
    if (slugTaken(db, r.orgSlug) || (shared && localPartTaken(db, shared.id, r.orgSlug))) {
      throw errors.coded(409, 'slug_exists', 'This org slug is already taken');
    }
    const now = ctx.now.toISOString();
    const orgId = ctx.ids.hex(16);
    insertOrg(db, { id: orgId, name: r.orgName, slug: r.orgSlug, tier: 'free', nowIso: now });
    const token = `agt_signup_${ctx.ids.hex(24)}`;
    const epochMarker = ctx.ids.hex(8);
    insertSignup(db, {
      token,
      org_id: orgId,
      agent_name: r.agentName,
      agent_purpose: r.agentPurpose,
      org_slug: r.orgSlug,
      public_key: r.publicKey,
      profile: JSON.stringify(r.profile),
      epoch_marker: epochMarker,
      expected_word_count: countLongWords(r.agentPurpose),
      expires_at: new Date(ctx.now.getTime() + SIGNUP_TTL_MS).toISOString(),
      created_at: now,
    });
    return { token, text: challengeText(r.agentName, r.agentPurpose, epochMarker) };
  });
}

export interface Verified {
  agentId: string;
  orgId: string;
  inboxEmail: string;
}

export function verify(ctx: HandlerContext, token: string, challengeResponse: string, signature: string): Verified {
  const db = ctx.store.db;
  const signup = openSignup(db, token, ctx.now);
  if (!signup) throw errors.coded(401, 'invalid_token', 'Invalid or expired signup token');
  const problem = challengeProblem(challengeResponse, {
    epochMarker: signup.epoch_marker,
    wordCount: signup.expected_word_count,
  });
  if (problem) throw errors.coded(400, 'invalid_challenge_response', `Challenge response invalid: ${problem}`);
  if (!verifyEd25519(signup.public_key, challengeResponse, signature)) {
    throw errors.coded(
      401,
      'invalid_signature',
      'Signature verification failed — ensure you signed the challengeResponse string, not the challenge text',
    );
  }
  return ctx.store.tx(() => {
    // A second verify of the same token inside the transaction would find it used.
    if (!openSignup(db, token, ctx.now)) throw errors.coded(401, 'invalid_token', 'Invalid or expired signup token');
    const inboxEmail = provisionInbox(ctx, signup);
    const agentId = `agt_${ctx.ids.hex(16)}`;
    const now = ctx.now.toISOString();
    insertAgent(db, {
      id: agentId,
      org_id: signup.org_id,
      agent_name: signup.agent_name,
      agent_purpose: signup.agent_purpose,
      public_key: signup.public_key,
      inbox_email: inboxEmail,
      profile: signup.profile,
      created_at: now,
    });
    markSignupVerified(db, token, now);
    return { agentId, orgId: signup.org_id, inboxEmail };
  });
}

/**
 * The agent's inbox on the shared domain. As on Commune a failure here does not fail the sign-up:
 * the agent still gets its identity (the address is reported either way). mailsim never overwrites
 * an inbox another organisation created on the slug since registration.
 */
function provisionInbox(ctx: HandlerContext, signup: SignupRow): string {
  const shared = sharedDomain(ctx.store.db);
  const fallback = `${signup.org_slug}@${shared?.name ?? DEFAULT_SHARED_DOMAIN}`;
  if (!shared || localPartTaken(ctx.store.db, shared.id, signup.org_slug)) return fallback;
  const row = createInboxRow(ctx, {
    orgId: signup.org_id,
    domainId: shared.id,
    localPart: signup.org_slug,
    displayName: signup.agent_name,
    agent: { name: signup.agent_name },
    status: 'active',
  });
  return inboxAddress(row);
}

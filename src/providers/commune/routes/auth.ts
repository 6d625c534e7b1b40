/**
 * /v1/auth/*: the public agent sign-up routes (no credentials, no `data` envelope). Field checks
 * run by hand, in Commune's order and with its messages (contracts/commune.md, "Agent sign-up" and "Request
 * validation is split so that Commune's own messages survive").
 */
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { CHALLENGE_FORMAT, REGISTRATION_INSTRUCTIONS } from '../domain/challenge.js';
import { acceptClaim, liveClaim } from '../domain/claims.js';
import { PUBLIC_KEY_PATTERN } from '../domain/ed25519.js';
import { register, verify, type Registration } from '../domain/signup.js';
import type { AgentProfile } from '../tables.js';

const bad = (code: string, message: string) => errors.coded(400, code, message);

/** Whether `new URL()` accepts the value, as Commune's check runs it (on a non-string too). */
function isUrl(value: unknown): boolean {
  try {
    new URL(String(value));
    return true;
  } catch {
    return false;
  }
}

/** The profile fields, checked in Commune's order; throws the first failure. */
function profileOf(b: Record<string, unknown>): AgentProfile {
  const { avatarUrl, websiteUrl, moltbookHandle, capabilities } = b;
  if (avatarUrl !== undefined && !isUrl(avatarUrl)) throw bad('invalid_avatar_url', 'avatarUrl must be a valid URL');
  if (websiteUrl !== undefined && !isUrl(websiteUrl))
    throw bad('invalid_website_url', 'websiteUrl must be a valid URL');
  if (
    moltbookHandle !== undefined &&
    (typeof moltbookHandle !== 'string' || !/^[a-zA-Z0-9_]{1,50}$/.test(moltbookHandle))
  ) {
    throw bad('invalid_moltbook_handle', 'moltbookHandle must be 1–50 alphanumeric/underscore characters');
  }
  if (capabilities !== undefined) {
    if (!Array.isArray(capabilities) || capabilities.some((c) => typeof c !== 'string' || c.length > 100)) {
      throw bad('invalid_capabilities', 'capabilities must be an array of strings (max 100 chars each)');
    }
    if (capabilities.length > 20) throw bad('invalid_capabilities', 'capabilities may contain at most 20 items');
  }
  const profile: AgentProfile = {};
  if (typeof avatarUrl === 'string') profile.avatarUrl = avatarUrl.trim();
  if (typeof websiteUrl === 'string') profile.websiteUrl = websiteUrl.trim();
  if (typeof moltbookHandle === 'string') profile.moltbookHandle = moltbookHandle.trim();
  if (Array.isArray(capabilities)) profile.capabilities = capabilities.map(String);
  return profile;
}

function registrationOf(body: Record<string, unknown> | undefined): Registration {
  const b = body ?? {};
  const { agentName, agentPurpose, orgName, orgSlug, publicKey } = b;
  if (!agentName || !agentPurpose || !orgName || !orgSlug || !publicKey) {
    throw bad('missing_fields', 'Required: agentName, agentPurpose, orgName, orgSlug, publicKey');
  }
  if (typeof agentPurpose !== 'string' || agentPurpose.trim().length < 20 || agentPurpose.trim().length > 2000) {
    throw bad(
      'invalid_agent_purpose',
      'agentPurpose must be between 20 and 2000 characters describing what your agent does',
    );
  }
  if (agentPurpose.trim().split(/\s+/).length < 3)
    throw bad('invalid_agent_purpose', 'agentPurpose must contain at least 3 words');
  if (typeof publicKey !== 'string' || !PUBLIC_KEY_PATTERN.test(publicKey)) {
    throw bad(
      'invalid_public_key',
      'publicKey must be a base64-encoded 32-byte Ed25519 public key (44 characters, standard base64 with trailing =)',
    );
  }
  if (typeof orgSlug !== 'string' || !/^[a-zA-Z0-9_-]+$/.test(orgSlug)) {
    throw bad('invalid_org_slug', 'orgSlug may only contain letters, numbers, hyphens, and underscores');
  }
  const profile = profileOf(b);
  return {
    agentName: String(agentName).trim(),
    agentPurpose: agentPurpose.trim(),
    orgName: String(orgName).trim(),
    orgSlug: orgSlug.trim().toLowerCase(),
    publicKey,
    profile,
  };
}

const agentRegister: CommuneHandler<'agentRegister'> = (ctx, input) => {
  const { token, text } = register(ctx, registrationOf(input.body));
  return {
    status: 201,
    body: {
      agentSignupToken: token,
      challenge: { text, format: CHALLENGE_FORMAT },
      instructions: REGISTRATION_INSTRUCTIONS,
      expiresIn: 900,
    },
  };
};

const agentVerify: CommuneHandler<'agentVerify'> = (ctx, input) => {
  const { agentSignupToken, challengeResponse, signature } = input.body ?? {};
  if (!agentSignupToken || !challengeResponse || !signature) {
    throw bad('missing_fields', 'Required: agentSignupToken, challengeResponse, signature');
  }
  if (typeof challengeResponse !== 'string') {
    throw bad('invalid_challenge_response', 'challengeResponse must be a string in the format: verb:count:epochMarker');
  }
  if (typeof signature !== 'string') {
    throw bad(
      'invalid_signature_format',
      'signature must be a base64-encoded Ed25519 signature of your challengeResponse string',
    );
  }
  const v = verify(ctx, agentSignupToken, challengeResponse, signature);
  return {
    status: 200,
    body: {
      agentId: v.agentId,
      orgId: v.orgId,
      inboxEmail: v.inboxEmail,
      ownershipStatus: 'unclaimed',
      nextStep: {
        action: 'claim_ownership',
        endpoint: 'POST /v1/agent/claim-ownership',
        body: { ownerEmail: '<your_owner_email>' },
        description:
          'Link this agent to a human owner. Required before you can send emails or create additional inboxes.',
      },
      message: [
        'Registration complete. Store these permanently:',
        `  export COMMUNE_AGENT_ID="${v.agentId}"`,
        '  export COMMUNE_PRIVATE_KEY="<your_private_key_base64>"',
        '',
        `Your inbox is ready: ${v.inboxEmail}`,
        '',
        'IMPORTANT: Before you can send emails or create additional inboxes,',
        'your owner must claim this agent. Call:',
        '  POST /v1/agent/claim-ownership  { "ownerEmail": "<owner_email>" }',
        '',
        'You can receive and read emails immediately while waiting for the claim.',
      ].join('\n'),
    },
  };
};

function claimToken(token: string): string {
  if (token.length !== 64) throw bad('invalid_token', 'Invalid claim token');
  return token;
}

const getClaimDetails: CommuneHandler<'getClaimDetails'> = (ctx, input) => {
  const claim = liveClaim(ctx.store.db, claimToken(input.params.token), ctx.now);
  if (!claim) throw errors.coded(404, 'not_found', 'This claim link has expired or is invalid.');
  return {
    status: 200,
    body: {
      agentName: claim.agent_name,
      agentPurpose: claim.agent_purpose,
      agentEmail: claim.inbox_email,
      ownerEmail: claim.owner_email,
      createdAt: claim.created_at,
    },
  };
};

const acceptClaimHandler: CommuneHandler<'acceptClaim'> = (ctx, input) => {
  const claim = acceptClaim(ctx, claimToken(input.params.token));
  return {
    status: 200,
    body: {
      message: 'Agent claimed successfully. It can now send and receive emails.',
      agentName: claim.agent_name,
      agentEmail: claim.inbox_email,
    },
  };
};

export const handlers = {
  agentRegister,
  agentVerify,
  getClaimDetails,
  acceptClaim: acceptClaimHandler,
} satisfies Partial<CommuneHandlers>;

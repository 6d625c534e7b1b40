/**
 * Ownership claims (contracts/commune.md, "Ownership claims"). The agent names its owner; the
 * owner gets an email with a link carrying a 64-hex token, valid 24 h; accepting it marks the agent
 * claimed. mailsim sends that email through its mail plane (so it lands in a local inbox or the
 * sink), and the token can also be read on the control plane (routes/control.ts).
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import { markAgentClaimed, markAgentPending } from '../store/agents.js';
import { insertClaim, latestPendingClaimAt, markClaimAccepted, pendingClaim } from '../store/claims.js';
import type { AgentRow, ClaimRow } from '../tables.js';

export const CLAIM_TTL_MS = 24 * 3600_000;
export const CLAIM_COOLDOWN_MS = 5 * 60_000;
const CLAIM_FROM = { address: 'noreply@commune.email', name: 'Commune' };
/** Where the owner's link points (Commune's web app); the emulator serves no claim page. */
const FRONTEND_URL = 'https://commune.email';

export function claimUrl(token: string): string {
  return `${FRONTEND_URL}/claim/${token}`;
}

/** A claim the owner can still accept: pending and within its 24 h. */
export function liveClaim(db: Db, token: string, now: Date): ClaimRow | undefined {
  const row = pendingClaim(db, token);
  return row && Date.parse(row.expires_at) > now.getTime() ? row : undefined;
}

function claimEmail(agent: AgentRow, url: string): { subject: string; text: string; html: string } {
  const purpose = agent.agent_purpose.length > 120 ? `${agent.agent_purpose.slice(0, 120)}...` : agent.agent_purpose;
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    subject: 'Claim your agent on Commune',
    text:
      `Claim your agent\n\n${agent.agent_name} has registered on Commune and names you as its owner.\n\n` +
      `Agent: ${agent.agent_name}\nEmail: ${agent.inbox_email}\nPurpose: ${agent.agent_purpose}\n\n` +
      `Claim your agent: ${url}\n\nThis link expires in 24 hours.`,
    html:
      `<h2>Claim your agent</h2><p><strong>${esc(agent.agent_name)}</strong> ` +
      `has registered on Commune and names you as its owner.</p>` +
      `<p>Agent: ${esc(agent.agent_name)}<br>Email: ${esc(agent.inbox_email)}<br>Purpose: ${esc(purpose)}</p>` +
      `<p><a href="${url}">Claim Agent</a></p><p>This link expires in 24 hours.</p>`,
  };
}

/** Starts a claim: checks the agent's state, emails the owner, then marks the agent pending. */
export async function startClaim(ctx: HandlerContext, agent: AgentRow, ownerEmail: string): Promise<void> {
  const db = ctx.store.db;
  if (agent.ownership_status === 'claimed') throw errors.coded(409, 'already_claimed', 'Agent is already claimed');
  const last = latestPendingClaimAt(db, agent.id);
  if (last && ctx.now.getTime() - Date.parse(last) < CLAIM_COOLDOWN_MS) {
    throw errors.coded(429, 'claim_cooldown', 'A claim link was already sent. Please wait before requesting another.');
  }
  const token = ctx.ids.hex(32);
  const mail = claimEmail(agent, claimUrl(token));
  let sent: boolean;
  try {
    const result = await ctx.mail.send({
      provider: 'commune',
      tenant: agent.org_id,
      from: CLAIM_FROM,
      to: [ownerEmail],
      cc: [],
      bcc: [],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${ctx.ids.hex(16)}@commune.email>`,
      date: ctx.now,
    });
    sent = result.ok;
  } catch {
    sent = false;
  }
  // As on Commune the agent's state only changes once the email went out; mailsim also keeps no
  // claim whose email failed, so a retry is not held back by the cooldown.
  if (!sent) throw errors.coded(502, 'email_send_failed', 'Failed to send claim email');
  const now = ctx.now.toISOString();
  ctx.store.tx(() => {
    insertClaim(db, {
      token,
      org_id: agent.org_id,
      agent_id: agent.id,
      owner_email: ownerEmail,
      agent_name: agent.agent_name,
      agent_purpose: agent.agent_purpose,
      inbox_email: agent.inbox_email,
      expires_at: new Date(ctx.now.getTime() + CLAIM_TTL_MS).toISOString(),
      created_at: now,
    });
    markAgentPending(db, agent.id, ownerEmail);
  });
}

/** The owner accepts: 404 for an unknown or used token, 410 once it expired. */
export function acceptClaim(ctx: HandlerContext, token: string): ClaimRow {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    const claim = pendingClaim(db, token);
    if (!claim) throw errors.coded(404, 'not_found', 'This claim link has expired or is invalid.');
    if (Date.parse(claim.expires_at) < ctx.now.getTime())
      throw errors.coded(410, 'expired', 'This claim link has expired.');
    const now = ctx.now.toISOString();
    markClaimAccepted(db, token, now);
    markAgentClaimed(db, claim.agent_id, claim.owner_email, now);
    return claim;
  });
}

import type { TableDecl } from '../tables.js';

/** Tables of the agents and account concern, parent first; created by migrations/0002_agents.sql. */
export const AGENT_TABLES: TableDecl[] = [
  { name: 'cm_agent_signups', tenantColumn: 'org_id' },
  { name: 'cm_agents', tenantColumn: 'org_id' },
  { name: 'cm_agent_nonces', tenantColumn: 'org_id' },
  { name: 'cm_agent_claims', tenantColumn: 'org_id' },
  { name: 'cm_feedback', tenantColumn: 'org_id' },
  { name: 'cm_credit_balances', tenantColumn: 'org_id' },
  { name: 'cm_deletion_requests', tenantColumn: 'org_id' },
  { name: 'cm_inbox_send_windows', tenantColumn: 'org_id' },
];

export type OwnershipStatus = 'unclaimed' | 'pending' | 'claimed';

/** Optional profile fields given at sign-up (stored as JSON). */
export interface AgentProfile {
  avatarUrl?: string;
  websiteUrl?: string;
  moltbookHandle?: string;
  capabilities?: string[];
}

export interface SignupRow {
  token: string; org_id: string; agent_name: string; agent_purpose: string; org_slug: string; public_key: string;
  profile: string; epoch_marker: string; expected_word_count: number; expires_at: string; verified_at: string | null; created_at: string;
}

export interface AgentRow {
  id: string; org_id: string; agent_name: string; agent_purpose: string; public_key: string; inbox_email: string;
  profile: string; status: string; ownership_status: OwnershipStatus; owner_email: string | null; claimed_at: string | null;
  last_used_at: string | null; created_at: string;
}

export interface ClaimRow {
  token: string; org_id: string; agent_id: string; owner_email: string; agent_name: string; agent_purpose: string;
  inbox_email: string; status: 'pending' | 'accepted'; expires_at: string; accepted_at: string | null; created_at: string;
}

export interface DeletionRequestRow {
  id: string; org_id: string; scope: DeletionScope; inbox_id: string | null; before: string | null; status: DeletionStatus;
  preview: string; deleted_counts: string | null; token_hash: string; confirm_by: string; requested_at: string;
  requested_by: string; confirmed_at: string | null; completed_at: string | null; error: string | null;
}

export type DeletionScope = 'organization' | 'inbox' | 'messages';
export type DeletionStatus = 'pending' | 'confirmed' | 'executing' | 'completed' | 'expired' | 'failed';

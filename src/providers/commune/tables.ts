/**
 * Commune's tables (parent first) for reset: the core ones here, each concern's own list beside
 * its migration.
 */
import { AGENT_TABLES } from './agents/tables.js';
import { MAIL_TABLES } from './mail/tables.js';
import { OPS_TABLES } from './ops/tables.js';

export interface TableDecl {
  name: string;
  tenantColumn: string | null;
}

export const CORE_TABLES: TableDecl[] = [
  { name: 'cm_orgs', tenantColumn: 'id' },
  { name: 'cm_api_keys', tenantColumn: 'org_id' },
];

export const TABLES: TableDecl[] = [...CORE_TABLES, ...AGENT_TABLES, ...MAIL_TABLES, ...OPS_TABLES, { name: 'cm_meta', tenantColumn: null }];

export interface OrgRow { id: string; name: string; slug: string | null; tier: string; created_at: string; updated_at: string }
export interface ApiKeyRow { id: string; org_id: string; name: string; key_hash: string; key_prefix: string; permissions: string; status: string; expires_at: string | null; last_used_at: string | null; created_at: string; revoked_at: string | null }

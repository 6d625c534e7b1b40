/**
 * Managed Agents tables (parent first, for reset) and their row types. Shared rows (built-in
 * skills, models) have a NULL tenant, so a tenant reset keeps them.
 */
export interface TableDecl {
  name: string;
  tenantColumn: string | null;
}

export const TABLES: TableDecl[] = [
  { name: 'ma_tenants', tenantColumn: 'id' },
  { name: 'ma_api_keys', tenantColumn: 'tenant_id' },
  { name: 'ma_agents', tenantColumn: 'tenant_id' },
  { name: 'ma_agent_versions', tenantColumn: 'tenant_id' },
  { name: 'ma_environments', tenantColumn: 'tenant_id' },
  { name: 'ma_vaults', tenantColumn: 'tenant_id' },
  { name: 'ma_credentials', tenantColumn: 'tenant_id' },
  { name: 'ma_memory_stores', tenantColumn: 'tenant_id' },
  { name: 'ma_memories', tenantColumn: 'tenant_id' },
  { name: 'ma_memory_versions', tenantColumn: 'tenant_id' },
  { name: 'ma_skills', tenantColumn: 'tenant_id' },
  { name: 'ma_skill_versions', tenantColumn: 'tenant_id' },
  { name: 'ma_skill_files', tenantColumn: 'tenant_id' },
  { name: 'ma_files', tenantColumn: 'tenant_id' },
  { name: 'ma_models', tenantColumn: null },
  { name: 'ma_model_cards', tenantColumn: 'tenant_id' },
  { name: 'ma_sessions', tenantColumn: 'tenant_id' },
  { name: 'ma_session_threads', tenantColumn: 'tenant_id' },
  { name: 'ma_session_events', tenantColumn: 'tenant_id' },
  { name: 'ma_session_resources', tenantColumn: 'tenant_id' },
  { name: 'ma_scripts', tenantColumn: 'tenant_id' },
  { name: 'ma_webhooks', tenantColumn: 'tenant_id' },
];

export interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  key_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}
export interface AgentRow {
  rowid: number;
  id: string;
  tenant_id: string;
  version: number;
  config: string;
  created_at: string;
  created_ms: number;
  updated_at: string;
  archived_at: string | null;
}
export interface AgentVersionRow {
  agent_id: string;
  version: number;
  config: string;
  updated_at: string;
}
export interface EnvironmentRow {
  rowid: number;
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  config: string;
  metadata: string;
  scope: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
export interface VaultRow {
  rowid: number;
  id: string;
  tenant_id: string;
  display_name: string;
  metadata: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
export interface CredentialRow {
  rowid: number;
  id: string;
  tenant_id: string;
  vault_id: string;
  display_name: string | null;
  auth: string;
  secrets: string;
  metadata: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
export interface MemoryStoreRow {
  rowid: number;
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  metadata: string;
  agent_id: string | null;
  created_at: string;
  created_ms: number;
  updated_at: string;
  archived_at: string | null;
}
export interface MemoryRow {
  id: string;
  tenant_id: string;
  store_id: string;
  path: string;
  content: string;
  content_sha256: string;
  content_size_bytes: number;
  version_id: string;
  created_at: string;
  updated_at: string;
}
export interface MemoryVersionRow {
  rowid: number;
  id: string;
  tenant_id: string;
  store_id: string;
  memory_id: string;
  operation: string;
  path: string | null;
  content: string | null;
  content_sha256: string | null;
  content_size_bytes: number | null;
  created_by: string | null;
  redacted_at: string | null;
  redacted_by: string | null;
  created_at: string;
  created_ms: number;
}
export interface SkillRow {
  rowid: number;
  id: string;
  tenant_id: string | null;
  name: string;
  display_name: string;
  source: string;
  latest_version_id: string;
  created_at: string;
  updated_at: string;
}
export interface SkillVersionRow {
  rowid: number;
  skill_id: string;
  id: string;
  tenant_id: string | null;
  name: string;
  description: string;
  created_at: string;
}
export interface FileRow {
  rowid: number;
  id: string;
  tenant_id: string;
  filename: string;
  mime_type: string;
  size_bytes: number;
  downloadable: number;
  scope_id: string | null;
  expires_at: string | null;
  created_at: string;
}
export interface ModelRow {
  id: string;
  position: number;
  lifecycle: string;
  body: string;
}
export interface ModelCardRow {
  rowid: number;
  id: string;
  tenant_id: string;
  model_id: string;
  model: string | null;
  provider: string;
  api_key: string;
  base_url: string | null;
  custom_headers: string;
  is_default: number;
  created_at: string;
  updated_at: string;
}
export interface SessionRow {
  rowid: number;
  id: string;
  tenant_id: string;
  agent_id: string;
  agent_version: number;
  agent: string;
  environment_id: string;
  title: string | null;
  metadata: string;
  vault_ids: string;
  budget: string | null;
  status: 'idle' | 'running' | 'rescheduling' | 'terminated';
  usage: string;
  active_ms: number;
  runtime: string;
  created_at: string;
  created_ms: number;
  updated_at: string;
  archived_at: string | null;
  terminated_at: string | null;
}
export interface SessionEventRow {
  seq: number;
  id: string;
  session_id: string;
  tenant_id: string;
  type: string;
  body: string;
  processed_ms: number | null;
  /** The child thread whose log holds the event; null for the primary thread's own events. */
  thread_id: string | null;
  /** 1 when the event shows on the session-level (primary) log and stream. */
  on_primary: number;
}
export interface SessionThreadRow {
  rowid: number;
  id: string;
  session_id: string;
  tenant_id: string;
  parent_thread_id: string;
  agent_id: string;
  agent: string;
  agent_name: string;
  status: 'idle' | 'running' | 'rescheduling' | 'terminated';
  usage: string | null;
  active_ms: number;
  running_since_ms: number | null;
  created_at: string;
  created_ms: number;
  updated_at: string;
  archived_at: string | null;
}
export interface SessionResourceRow {
  rowid: number;
  id: string;
  session_id: string;
  tenant_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

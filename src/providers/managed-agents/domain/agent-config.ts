/**
 * An agent's configuration as stored and sent (contracts/managed-agents.md §Agents): the request's
 * shorthand forms normalised the way the SDK's response types are shaped. A model string becomes
 * `{id, speed: "standard"}`; each toolset gets a full `default_config` and every listed config its
 * `enabled` and `permission_policy`; skills get `version: "latest"` when none is pinned.
 */
import { errors } from '../errors.js';
import { createMetadata, patchMetadata, type Metadata } from './metadata.js';
import { normalizeMultiagent, type AgentLookup } from './multiagent.js';

type Json = Record<string, any>;

export interface ModelConfig {
  id: string;
  speed: 'standard' | 'fast';
  effort?: { type: string };
  inference_geo?: string;
}
export interface McpServer {
  name: string;
  type: 'url';
  url: string;
}
export interface SkillRef {
  type: 'anthropic' | 'custom';
  skill_id: string;
  version: string;
}

export interface AgentConfig {
  name: string;
  description: string | null;
  system: string | null;
  model: ModelConfig;
  tools: Json[];
  mcp_servers: McpServer[];
  skills: SkillRef[];
  metadata: Metadata;
  multiagent: Json | null;
  execution_identity: Json;
}

/** What normalisation needs to look up: skills by reference, and agents named in a roster. */
export interface ConfigLookups extends AgentLookup {
  /** Throws a 404 when the skill (or the pinned version) is not visible to the tenant. */
  checkSkill(type: 'anthropic' | 'custom', skillId: string, version: string): void;
}

const ALWAYS_ALLOW = { type: 'always_allow' };
const ALWAYS_ASK = { type: 'always_ask' };
const SERVICE_ACCOUNT = { type: 'service_account' };

export function normalizeModel(input: unknown): ModelConfig {
  if (typeof input === 'string') return { id: input, speed: 'standard' };
  const m = input as Json;
  const effort =
    m.effort == null ? undefined : typeof m.effort === 'string' ? { type: m.effort } : { type: String(m.effort.type) };
  return {
    id: String(m.id),
    speed: m.speed ?? 'standard',
    ...(effort ? { effort } : {}),
    ...(m.inference_geo ? { inference_geo: String(m.inference_geo) } : {}),
  };
}

/** `"all"`/`"none"` shorthands become `{type}`; absent filters are null. */
function urlSources(input: unknown): Json | null {
  if (!input || typeof input !== 'object') return null;
  const src = input as Json;
  const one = (v: unknown): Json | null => (v == null ? null : typeof v === 'string' ? { type: v } : (v as Json));
  return {
    user_input: one(src.user_input),
    client_tool_results: one(src.client_tool_results),
    server_tool_results: one(src.server_tool_results),
  };
}

function builtinConfig(c: Json, dc: Json): Json {
  const out: Json = {
    type: c.name,
    name: c.name,
    enabled: c.enabled ?? dc.enabled,
    permission_policy: c.permission_policy ?? dc.permission_policy,
  };
  if (c.name === 'web_fetch') {
    out.url_sources = urlSources(c.url_sources);
    if (c.max_content_tokens != null) out.max_content_tokens = c.max_content_tokens;
  }
  if (c.name === 'web_fetch' || c.name === 'web_search') {
    if (c.allowed_domains) out.allowed_domains = c.allowed_domains;
    if (c.blocked_domains) out.blocked_domains = c.blocked_domains;
  }
  if (c.name === 'web_search' && c.user_location != null) out.user_location = c.user_location;
  return out;
}

function uniqueNames(names: string[], what: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw errors.invalidRequest(`${what} ${JSON.stringify(n)} appears more than once`);
    seen.add(n);
  }
}

function normalizeTool(t: Json): Json {
  if (t.type === 'custom')
    return { type: 'custom', name: t.name, description: t.description, input_schema: t.input_schema };
  const fallbackPolicy = t.type === 'mcp_toolset' ? ALWAYS_ASK : ALWAYS_ALLOW;
  const dc = {
    enabled: t.default_config?.enabled ?? true,
    permission_policy: t.default_config?.permission_policy ?? fallbackPolicy,
  };
  const configs = (t.configs ?? []) as Json[];
  uniqueNames(
    configs.map((c) => String(c.name)),
    'tool config',
  );
  if (t.type === 'mcp_toolset') {
    return {
      type: 'mcp_toolset',
      mcp_server_name: t.mcp_server_name,
      default_config: dc,
      configs: configs.map((c) => ({
        name: c.name,
        enabled: c.enabled ?? dc.enabled,
        permission_policy: c.permission_policy ?? dc.permission_policy,
      })),
    };
  }
  return { type: 'agent_toolset_20260401', default_config: dc, configs: configs.map((c) => builtinConfig(c, dc)) };
}

/** Tool-set rules the SDK documents: unique names, and MCP servers and toolsets that match one to one. */
function checkTools(tools: Json[], servers: McpServer[]): void {
  uniqueNames(
    servers.map((s) => s.name),
    'mcp server',
  );
  uniqueNames(
    tools.filter((t) => t.type === 'custom').map((t) => String(t.name)),
    'custom tool',
  );
  const toolsets = tools.filter((t) => t.type === 'mcp_toolset').map((t) => String(t.mcp_server_name));
  uniqueNames(toolsets, 'mcp_toolset for server');
  if (tools.filter((t) => t.type === 'agent_toolset_20260401').length > 1)
    throw errors.invalidRequest('tools: at most one agent_toolset_20260401');
  const names = new Set(servers.map((s) => s.name));
  for (const s of toolsets)
    if (!names.has(s)) throw errors.invalidRequest(`tools: mcp_toolset names unknown mcp server ${JSON.stringify(s)}`);
  for (const s of servers)
    if (!toolsets.includes(s.name))
      throw errors.invalidRequest(
        `mcp_servers: ${JSON.stringify(s.name)} is not referenced by any mcp_toolset in tools`,
      );
}

function normalizeSkills(input: Json[], lookups: ConfigLookups): SkillRef[] {
  const refs = input.map(
    (s) =>
      ({
        type: s.type,
        skill_id: String(s.skill_id),
        version: s.version == null ? 'latest' : String(s.version),
      }) as SkillRef,
  );
  uniqueNames(
    refs.map((r) => r.skill_id),
    'skill',
  );
  for (const r of refs) lookups.checkSkill(r.type, r.skill_id, r.version);
  return refs;
}

const text = (v: unknown): string | null => (v == null || v === '' ? null : String(v));
const listOrEmpty = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/**
 * The configuration a create (no `base`) or an update (`base` = the current one) asks for. Update
 * semantics: an omitted field keeps its value, null clears it, lists are replaced whole and
 * metadata is a patch.
 */
export function buildAgentConfig(body: Json, base: AgentConfig | null, lookups: ConfigLookups): AgentConfig {
  const has = (k: string): boolean => base === null || Object.hasOwn(body, k);
  const cfg: AgentConfig = base
    ? { ...base }
    : {
        name: '',
        description: null,
        system: null,
        model: normalizeModel(body.model),
        tools: [],
        mcp_servers: [],
        skills: [],
        metadata: {},
        multiagent: null,
        execution_identity: SERVICE_ACCOUNT,
      };
  if (has('name') && body.name !== undefined) cfg.name = String(body.name);
  if (base && body.model !== undefined) cfg.model = normalizeModel(body.model);
  if (has('description')) cfg.description = text(body.description);
  if (has('system')) cfg.system = text(body.system);
  if (has('tools')) cfg.tools = listOrEmpty(body.tools).map(normalizeTool);
  if (has('mcp_servers'))
    cfg.mcp_servers = listOrEmpty(body.mcp_servers).map((s) => ({
      name: String(s.name),
      type: 'url',
      url: String(s.url),
    }));
  if (has('skills')) cfg.skills = normalizeSkills(listOrEmpty(body.skills), lookups);
  if (has('multiagent'))
    cfg.multiagent = body.multiagent == null ? null : normalizeMultiagent(body.multiagent as Json, lookups);
  if (has('execution_identity'))
    cfg.execution_identity =
      body.execution_identity == null ? SERVICE_ACCOUNT : { ...(body.execution_identity as Json) };
  cfg.metadata = base ? patchMetadata(base.metadata, body.metadata) : createMetadata(body.metadata);
  checkTools(cfg.tools, cfg.mcp_servers);
  return cfg;
}

/** Whether two configurations are the same (an update that changes nothing keeps the version). */
export function sameConfig(a: AgentConfig, b: AgentConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Authentication (contracts/managed-agents.md §Auth): an API key in `x-api-key` (openma, older
 * SDKs) or `Authorization: Bearer` (SDK 1.12.0). Keys are stored as SHA-256 hashes and map to a
 * tenant. Strict-header mode (a setting) is a separate check on the version and beta headers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthRequest, EngineServices, Principal } from '../../engine/provider.js';
import { sha256Hex } from '../../engine/ids.js';
import type { Db } from '../../engine/store.js';
import { errors } from './errors.js';
import { KNOWN_BETAS, KNOWN_VERSIONS, headerErrors, requiredBetas } from './policies.js';
import { settingsOf } from './settings.js';
import type { ApiKeyRow } from './tables.js';

export interface ManagedAgentsPrincipal extends Principal {
  /** The API key's id (`apikey_…`), recorded as the actor of memory writes. */
  keyId: string;
}

/** The tenant an unknown key maps to under `acceptAnyKey`: the seed's first tenant. */
export const DEFAULT_TENANT = 'default';

const LAST_USED_GRANULARITY_MS = 60_000;

export function credentialOf(headers: IncomingHttpHeaders): string | null {
  const key = headers['x-api-key'];
  if (typeof key === 'string' && key.trim() !== '') return key.trim();
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^bearer\s+\S/i.test(auth)) return auth.replace(/^bearer\s+/i, '').trim();
  return null;
}

function byKey(db: Db, key: string, now: Date): ManagedAgentsPrincipal | null {
  const row = db.prepare('SELECT * FROM ma_api_keys WHERE key_hash = ?').get(sha256Hex(key)) as ApiKeyRow | undefined;
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_GRANULARITY_MS) {
    db.prepare('UPDATE ma_api_keys SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
  }
  return { tenant: row.tenant_id, credentialId: row.id, keyId: row.id };
}

export function authenticate(services: EngineServices, req: AuthRequest): ManagedAgentsPrincipal | null {
  if (req.op?.isPublic) return null;
  const key = credentialOf(req.headers);
  if (!key) throw errors.missingKey();
  const db = services.store.db;
  let principal = byKey(db, key, req.now);
  if (!principal && settingsOf(services).acceptAnyKey) {
    const tenant = db.prepare('SELECT id FROM ma_tenants ORDER BY rowid LIMIT 1').get() as { id: string } | undefined;
    if (tenant)
      principal = {
        tenant: tenant.id,
        credentialId: `any:${sha256Hex(key).slice(0, 16)}`,
        keyId: 'apikey_unregistered',
      };
  }
  if (!principal) throw errors.invalidKey();
  if (req.op && settingsOf(services).strictHeaders) checkStrictHeaders(req.headers, req.op.path);
  return principal;
}

/**
 * Strict-header mode: `anthropic-version` must be present and known; every `anthropic-beta` value
 * must be one the SDK knows, and the route family's beta must be among them.
 */
export function checkStrictHeaders(headers: IncomingHttpHeaders, path: string): void {
  const version = headers['anthropic-version'];
  if (typeof version !== 'string' || version.trim() === '') throw headerErrors.versionRequired();
  if (!KNOWN_VERSIONS.includes(version.trim())) throw headerErrors.versionUnknown(version.trim());
  const raw = headers['anthropic-beta'];
  const betas = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const unknown = betas.filter((b) => !KNOWN_BETAS.has(b));
  if (unknown.length) throw headerErrors.betaUnknown(unknown);
  const needed = requiredBetas(path);
  if (needed && !needed.some((b) => betas.includes(b))) throw headerErrors.betaRequired(needed);
}

/** Stores a key (hash and display prefix only) and returns its id. */
export function insertApiKey(
  db: Db,
  o: { id: string; tenantId: string; name: string; key: string; now: string },
): void {
  db.prepare(
    'INSERT INTO ma_api_keys (id, tenant_id, name, key_hash, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(o.id, o.tenantId, o.name, sha256Hex(o.key), o.key.slice(0, 8), o.now);
}

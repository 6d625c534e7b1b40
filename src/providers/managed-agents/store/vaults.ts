/** Vaults and the credentials inside them. `secrets` is written here and read only by validation. */
import type { Db } from '../../../engine/store.js';
import type { CredentialRow, VaultRow } from '../tables.js';
import { Where, newestFirst, archiveRow } from './where.js';

export function insertVault(
  db: Db,
  o: { id: string; tenantId: string; displayName: string; metadata: Record<string, string>; now: string },
): void {
  db.prepare(
    'INSERT INTO ma_vaults (id, tenant_id, display_name, metadata, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(o.id, o.tenantId, o.displayName, JSON.stringify(o.metadata), o.now, o.now);
}

export function getVault(db: Db, tenantId: string, id: string): VaultRow | undefined {
  return db
    .prepare<[string, string], VaultRow>('SELECT rowid, * FROM ma_vaults WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function updateVault(
  db: Db,
  id: string,
  displayName: string,
  metadata: Record<string, string>,
  now: string,
): void {
  db.prepare('UPDATE ma_vaults SET display_name = ?, metadata = ?, updated_at = ? WHERE id = ?').run(
    displayName,
    JSON.stringify(metadata),
    now,
    id,
  );
}

export function archiveVault(db: Db, id: string, now: string): void {
  archiveRow(db, 'ma_vaults', id, now);
}

export function deleteVault(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_vaults WHERE id = ?').run(id);
}

export function listVaults(
  db: Db,
  tenantId: string,
  o: { includeArchived: boolean; limit: number; beforeRowid: number | null },
): VaultRow[] {
  const where = new Where('tenant_id = ?', tenantId).optional('rowid < ?', o.beforeRowid);
  if (!o.includeArchived) where.add('archived_at IS NULL');
  return newestFirst<VaultRow>(db, 'ma_vaults', where, o.limit);
}

export interface CredentialFields {
  displayName: string | null;
  auth: unknown;
  secrets: unknown;
  metadata: Record<string, string>;
}

export function insertCredential(
  db: Db,
  o: CredentialFields & { id: string; tenantId: string; vaultId: string; now: string },
): void {
  db.prepare(
    `INSERT INTO ma_credentials (id, tenant_id, vault_id, display_name, auth, secrets, metadata, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    o.id,
    o.tenantId,
    o.vaultId,
    o.displayName,
    JSON.stringify(o.auth),
    JSON.stringify(o.secrets),
    JSON.stringify(o.metadata),
    o.now,
    o.now,
  );
}

export function getCredential(db: Db, vaultId: string, id: string): CredentialRow | undefined {
  return db
    .prepare<[string, string], CredentialRow>('SELECT rowid, * FROM ma_credentials WHERE id = ? AND vault_id = ?')
    .get(id, vaultId);
}

export function updateCredential(db: Db, id: string, f: CredentialFields, now: string): void {
  db.prepare(
    'UPDATE ma_credentials SET display_name = ?, auth = ?, secrets = ?, metadata = ?, updated_at = ? WHERE id = ?',
  ).run(f.displayName, JSON.stringify(f.auth), JSON.stringify(f.secrets), JSON.stringify(f.metadata), now, id);
}

export function archiveCredential(db: Db, id: string, now: string): void {
  archiveRow(db, 'ma_credentials', id, now);
}

export function deleteCredential(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_credentials WHERE id = ?').run(id);
}

export function listCredentials(
  db: Db,
  vaultId: string,
  o: { includeArchived: boolean; limit: number; beforeRowid: number | null },
): CredentialRow[] {
  const where = new Where('vault_id = ?', vaultId).optional('rowid < ?', o.beforeRowid);
  if (!o.includeArchived) where.add('archived_at IS NULL');
  return newestFirst<CredentialRow>(db, 'ma_credentials', where, o.limit);
}

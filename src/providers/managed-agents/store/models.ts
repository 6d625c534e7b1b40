/** Models (seeded, shared by every tenant) and openma's per-tenant model cards. */
import type { Db } from '../../../engine/store.js';
import type { ModelCardRow, ModelRow } from '../tables.js';
import { Where, newestFirst } from './where.js';

export function insertModel(db: Db, m: { id: string; position: number; lifecycle: string; body: unknown }): void {
  db.prepare('INSERT INTO ma_models (id, position, lifecycle, body) VALUES (?, ?, ?, ?)').run(
    m.id,
    m.position,
    m.lifecycle,
    JSON.stringify(m.body),
  );
}

export function getModel(db: Db, id: string): ModelRow | undefined {
  return db.prepare<[string], ModelRow>('SELECT * FROM ma_models WHERE id = ?').get(id);
}

/** Every model in one of `lifecycles`, in seed order (newest first). */
export function listModels(db: Db, lifecycles: string[]): ModelRow[] {
  return db
    .prepare<string[], ModelRow>(
      `SELECT * FROM ma_models WHERE lifecycle IN (${lifecycles.map(() => '?').join(', ')}) ORDER BY position`,
    )
    .all(...lifecycles);
}

export interface ModelCardFields {
  modelId: string;
  model: string | null;
  provider: string;
  apiKey: string;
  baseUrl: string | null;
  customHeaders: Record<string, string>;
  isDefault: boolean;
}

/** The card's fields as bound values, in the column order insert and update both use. */
function fieldValues(c: ModelCardFields): unknown[] {
  return [c.modelId, c.model, c.provider, c.apiKey, c.baseUrl, JSON.stringify(c.customHeaders), c.isDefault ? 1 : 0];
}

export function insertModelCard(db: Db, c: ModelCardFields & { id: string; tenantId: string; now: string }): void {
  db.prepare(`INSERT INTO ma_model_cards
    (id, tenant_id, model_id, model, provider, api_key, base_url, custom_headers, is_default, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.tenantId, ...fieldValues(c), c.now, c.now);
}

export function getModelCard(db: Db, tenantId: string, id: string): ModelCardRow | undefined {
  return db
    .prepare<[string, string], ModelCardRow>('SELECT rowid, * FROM ma_model_cards WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function modelCardByHandle(db: Db, tenantId: string, modelId: string): ModelCardRow | undefined {
  return db
    .prepare<[string, string], ModelCardRow>('SELECT rowid, * FROM ma_model_cards WHERE model_id = ? AND tenant_id = ?')
    .get(modelId, tenantId);
}

export function updateModelCard(db: Db, id: string, c: ModelCardFields, now: string): void {
  db.prepare(
    `UPDATE ma_model_cards
      SET model_id = ?, model = ?, provider = ?, api_key = ?, base_url = ?, custom_headers = ?, is_default = ?,
        updated_at = ?
      WHERE id = ?`,
  ).run(...fieldValues(c), now, id);
}

/** Only one card per tenant is the default. */
export function clearDefault(db: Db, tenantId: string, exceptId: string): void {
  db.prepare('UPDATE ma_model_cards SET is_default = 0 WHERE tenant_id = ? AND id <> ?').run(tenantId, exceptId);
}

export function deleteModelCard(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_model_cards WHERE id = ?').run(id);
}

export function listModelCards(
  db: Db,
  tenantId: string,
  o: { provider?: string; limit: number; beforeRowid: number | null },
): ModelCardRow[] {
  const where = new Where('tenant_id = ?', tenantId)
    .optional('provider = ?', o.provider)
    .optional('rowid < ?', o.beforeRowid);
  return newestFirst<ModelCardRow>(db, 'ma_model_cards', where, o.limit);
}

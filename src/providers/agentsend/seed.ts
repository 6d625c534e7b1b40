/** Loads fixtures/agentsend/seed.json into an empty database. */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey } from './auth.js';
import { nextSeq } from './tables.js';

interface SeedFile {
  accounts: {
    id: string; name: string; email: string; plan: string; dailySendLimit: number; isVerified: boolean;
    apiKeys: { id: string; name: string; key: string }[];
    inboxes: { id: string; address: string; displayName: string | null }[];
  }[];
}

export function seed(services: EngineServices): SeedSummary {
  const file = JSON.parse(readFileSync(fixturePath('agentsend', 'seed.json'), 'utf8')) as SeedFile;
  const db = services.store.db;
  const now = services.clock.now().toISOString();
  const apiKeys: SeedSummary['apiKeys'] = [];
  for (const a of file.accounts) {
    db.prepare('INSERT INTO as_accounts (id, name, email, plan, daily_send_limit, is_verified, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.name, a.email, a.plan, a.dailySendLimit, a.isVerified ? 1 : 0, now, now);
    for (const k of a.apiKeys) {
      const made = insertApiKey(db, services.ids, a.id, k.name, now, k.key);
      db.prepare('UPDATE as_api_keys SET id = ? WHERE key_prefix = ? AND account_id = ? AND id = ?').run(k.id, made.prefix, a.id, made.id);
      apiKeys.push({ label: `${a.email} (${k.name})`, key: k.key });
    }
    for (const i of a.inboxes) {
      db.prepare('INSERT INTO as_inboxes (id, account_id, address, display_name, created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(i.id, a.id, i.address, i.displayName, now, now, nextSeq(db));
    }
  }
  return { apiKeys, notes: [`seed inbox: ${file.accounts.flatMap((a) => a.inboxes.map((i) => i.address)).join(', ')}`] };
}

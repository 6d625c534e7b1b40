/** Loads fixtures/agentsend/seed.json into an empty database. */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey } from './domain/credentials.js';
import { insertAccount } from './store/accounts.js';
import { renameApiKey } from './store/api-keys.js';
import { insertInbox } from './store/inboxes.js';

interface SeedFile {
  accounts: {
    id: string;
    name: string;
    email: string;
    plan: string;
    dailySendLimit: number;
    isVerified: boolean;
    apiKeys: { id: string; name: string; key: string }[];
    inboxes: { id: string; address: string; displayName: string | null }[];
  }[];
}

export function seed(services: EngineServices): SeedSummary {
  const file = JSON.parse(readFileSync(fixturePath('agentsend', 'seed.json'), 'utf8')) as SeedFile;
  const db = services.store.db;
  const nowIso = services.clock.now().toISOString();
  const apiKeys: SeedSummary['apiKeys'] = [];
  for (const a of file.accounts) {
    insertAccount(db, {
      id: a.id,
      name: a.name,
      email: a.email,
      plan: a.plan,
      dailySendLimit: a.dailySendLimit,
      isVerified: a.isVerified,
      nowIso,
    });
    for (const k of a.apiKeys) {
      const made = insertApiKey(db, services.ids, a.id, k.name, nowIso, k.key);
      renameApiKey(db, a.id, made.id, made.prefix, k.id);
      apiKeys.push({ label: `${a.email} (${k.name})`, key: k.key });
    }
    for (const i of a.inboxes)
      insertInbox(db, {
        id: i.id,
        accountId: a.id,
        domainId: null,
        address: i.address,
        displayName: i.displayName,
        nowIso,
      });
  }
  return {
    apiKeys,
    notes: [`seed inbox: ${file.accounts.flatMap((a) => a.inboxes.map((i) => i.address)).join(', ')}`],
  };
}

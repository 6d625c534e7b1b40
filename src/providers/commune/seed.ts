/** Loads fixtures/commune/seed.json into an empty database. */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey } from './auth.js';
import { seedMailWorld, type MailSeed } from './mail/seed.js';

export interface CommuneSeedFile extends MailSeed {
  orgs: {
    id: string; name: string; slug: string; tier: string;
    apiKeys: { id: string; name: string; permissions: string[]; key: string }[];
    inboxes: { id: string; localPart: string; displayName?: string }[];
  }[];
}

export function readSeedFile(): CommuneSeedFile {
  return JSON.parse(readFileSync(fixturePath('commune', 'seed.json'), 'utf8')) as CommuneSeedFile;
}

export function seed(services: EngineServices): SeedSummary {
  const file = readSeedFile();
  const db = services.store.db;
  const now = services.clock.now().toISOString();
  const apiKeys: SeedSummary['apiKeys'] = [];
  for (const org of file.orgs) {
    db.prepare('INSERT INTO cm_orgs (id, name, slug, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(org.id, org.name, org.slug, org.tier, now, now);
    for (const k of org.apiKeys) {
      insertApiKey(db, services.ids, { orgId: org.id, name: k.name, permissions: k.permissions, expiresAt: null, now, key: k.key, id: k.id });
      apiKeys.push({ label: `${org.name} (${k.name}, tier ${org.tier})`, key: k.key });
    }
  }
  const notes = seedMailWorld(services, file);
  return { apiKeys, notes };
}

/** Loads fixtures/commune/seed.json into an empty database. */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey } from './auth.js';
import { createInboxRow, inboxAddress } from './store/inboxes.js';
import { communeSettings } from './domain/settings.js';

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

/** The mail side of the seed: the shared default domain and the seed orgs' inboxes on it. */

export interface MailSeed {
  sharedDomain: { id: string; name: string };
  orgs: { id: string; inboxes: { id: string; localPart: string; displayName?: string }[] }[];
}

export function seedMailWorld(services: EngineServices, seed: MailSeed): string[] {
  const db = services.store.db;
  const now = services.clock.now().toISOString();
  const name = communeSettings(services).sharedDomain ?? seed.sharedDomain.name;
  // The shared domain is Commune's own, so it is verified and owned by nobody.
  db.prepare("INSERT INTO cm_domains (id, org_id, name, name_lc, status, region, records, created_at) VALUES (?, NULL, ?, ?, 'verified', NULL, NULL, ?)")
    .run(seed.sharedDomain.id, name, name.toLowerCase(), now);
  const notes: string[] = [];
  for (const org of seed.orgs) {
    for (const inbox of org.inboxes) {
      const row = createInboxRow(services, { orgId: org.id, domainId: seed.sharedDomain.id, localPart: inbox.localPart, displayName: inbox.displayName ?? null });
      // Fixed ids so docs and tests can name the seed inbox.
      db.prepare('UPDATE cm_inboxes SET id = ? WHERE id = ?').run(inbox.id, row.id);
      notes.push(`Commune inbox ${inboxAddress(row)} (id ${inbox.id})`);
    }
  }
  return notes;
}

/**
 * Loads fixtures/commune/seed.json into an empty database: the organisations and their API keys,
 * the shared default domain (Commune's own, so verified and owned by nobody) and the seed inboxes
 * on it.
 */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey } from './domain/api-keys.js';
import { createInboxRow, inboxAddress } from './domain/inboxes.js';
import { communeSettings } from './domain/settings.js';
import { insertDomain } from './store/domains.js';
import { renameInbox } from './store/inboxes.js';
import { insertOrg } from './store/orgs.js';

export interface CommuneSeedFile {
  sharedDomain: { id: string; name: string };
  orgs: {
    id: string;
    name: string;
    slug: string;
    tier: string;
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
    insertOrg(db, { id: org.id, name: org.name, slug: org.slug, tier: org.tier, nowIso: now });
    for (const k of org.apiKeys) {
      insertApiKey(db, services.ids, {
        orgId: org.id,
        name: k.name,
        permissions: k.permissions,
        expiresAt: null,
        now,
        key: k.key,
        id: k.id,
      });
      apiKeys.push({ label: `${org.name} (${k.name}, tier ${org.tier})`, key: k.key });
    }
  }
  const name = communeSettings(services).sharedDomain ?? file.sharedDomain.name;
  insertDomain(db, {
    id: file.sharedDomain.id,
    orgId: null,
    name,
    status: 'verified',
    region: null,
    records: null,
    nowIso: now,
  });
  const notes: string[] = [];
  for (const org of file.orgs) {
    for (const inbox of org.inboxes) {
      const row = createInboxRow(services, {
        orgId: org.id,
        domainId: file.sharedDomain.id,
        localPart: inbox.localPart,
        displayName: inbox.displayName ?? null,
      });
      // Fixed ids so docs and tests can name the seed inbox.
      renameInbox(db, row.id, inbox.id);
      notes.push(`Commune inbox ${inboxAddress(row)} (id ${inbox.id})`);
    }
  }
  return { apiKeys, notes };
}

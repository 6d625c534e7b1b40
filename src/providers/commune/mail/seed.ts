/** The mail side of the seed: the shared default domain and the seed orgs' inboxes on it. */
import type { EngineServices } from '../../../engine/provider.js';
import { createInboxRow, inboxAddress } from './inboxes-store.js';
import { communeSettings } from './settings.js';

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

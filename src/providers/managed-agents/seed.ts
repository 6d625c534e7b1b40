/** Loads fixtures/managed-agents/seed.json into an empty database: tenants and keys, built-in skills, models. */
import { readFileSync } from 'node:fs';
import type { EngineServices, SeedSummary } from '../../engine/provider.js';
import { fixturePath } from '../../paths.js';
import { insertApiKey, insertTenant } from './store/api-keys.js';
import { insertModel } from './store/models.js';
import { insertSkill, insertSkillVersion } from './store/skills.js';

export interface ManagedAgentsSeed {
  tenants: { id: string; name: string; apiKeys: { id: string; name: string; key: string }[] }[];
  skills: { id: string; displayName: string; versionId: string; description: string; files: Record<string, string> }[];
  models: {
    id: string;
    display_name: string;
    line: string | null;
    lifecycle: string;
    created_at: string;
    deprecated_at: string | null;
    retires_at: string | null;
    max_input_tokens: number | null;
    max_tokens: number | null;
  }[];
}

export function readSeedFile(): ManagedAgentsSeed {
  return JSON.parse(readFileSync(fixturePath('managed-agents', 'seed.json'), 'utf8')) as ManagedAgentsSeed;
}

export function seed(services: EngineServices): SeedSummary {
  const file = readSeedFile();
  const db = services.store.db;
  const now = services.clock.now().toISOString();
  const apiKeys: SeedSummary['apiKeys'] = [];
  for (const t of file.tenants) {
    insertTenant(db, { id: t.id, name: t.name, now });
    for (const k of t.apiKeys) {
      insertApiKey(db, { id: k.id, tenantId: t.id, name: k.name, key: k.key, now });
      apiKeys.push({ label: `${t.name} (${k.name})`, key: k.key });
    }
  }
  for (const s of file.skills) {
    insertSkill(db, {
      id: s.id,
      tenantId: null,
      name: s.id,
      displayName: s.displayName,
      source: 'anthropic',
      latestVersionId: s.versionId,
      now,
    });
    const files = Object.entries(s.files).map(([path, text]) => ({ path, data: Buffer.from(text, 'utf8') }));
    insertSkillVersion(db, {
      skillId: s.id,
      id: s.versionId,
      tenantId: null,
      name: s.id,
      description: s.description,
      files,
      now,
    });
  }
  file.models.forEach((m, position) => {
    insertModel(db, {
      id: m.id,
      position,
      lifecycle: m.lifecycle,
      body: { type: 'model', capabilities: null, allowed_fallback_models: null, ...m },
    });
  });
  return {
    apiKeys,
    notes: [
      `${file.skills.length} built-in skills, ${file.models.length} models; sessions run a scripted runtime ` +
        '(PUT /_mailsim/managed-agents/scripts/{agent or session id})',
    ],
  };
}

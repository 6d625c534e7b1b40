/**
 * Keeps the SDK-method table in contracts/managed-agents.md honest: every method of the SDK
 * resources this provider covers has a row, every row names a contract operation and a test file
 * that really calls the method, and no row names a method the SDK does not have. A new SDK
 * release that adds a method fails here until it is emulated or listed as not yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { Contract } from '../../src/engine/contract.js';

const ROOT = join(__dirname, '..', '..');
const client = new Anthropic({ apiKey: 'unused' });
const RESOURCES: Record<string, object> = {
  'beta.agents': client.beta.agents,
  'beta.agents.versions': client.beta.agents.versions,
  'beta.environments': client.beta.environments,
  'beta.environments.work': client.beta.environments.work,
  'beta.vaults': client.beta.vaults,
  'beta.vaults.credentials': client.beta.vaults.credentials,
  'beta.memoryStores': client.beta.memoryStores,
  'beta.memoryStores.memories': client.beta.memoryStores.memories,
  'beta.memoryStores.memoryVersions': client.beta.memoryStores.memoryVersions,
  'beta.skills': client.beta.skills,
  'beta.skills.versions': client.beta.skills.versions,
  skills: client.skills,
  'skills.versions': client.skills.versions,
  'beta.files': client.beta.files,
  files: client.files,
  'beta.models': client.beta.models,
  'beta.sessions': client.beta.sessions,
  'beta.sessions.events': client.beta.sessions.events,
  'beta.sessions.resources': client.beta.sessions.resources,
  'beta.sessions.threads': client.beta.sessions.threads,
  'beta.sessions.threads.events': client.beta.sessions.threads.events,
  models: client.models,
};
/** Resources not emulated yet: listed in the table as one `.*` row each. */
const LATER = ['beta.environments.work'];

function sdkMethods(): string[] {
  return Object.entries(RESOURCES).flatMap(([name, resource]) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(resource))
      .filter((m) => m !== 'constructor' && typeof (resource as Record<string, unknown>)[m] === 'function')
      .map((m) => `${name}.${m}`),
  );
}

function tableRows(): { method: string; operation: string; test: string }[] {
  const doc = readFileSync(join(ROOT, 'contracts', 'managed-agents.md'), 'utf8');
  return [...doc.matchAll(/^\| `([a-zA-Z.*]+)`(?: \(\d+\))? \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => ({
    method: m[1]!,
    operation: m[2]!.trim(),
    test: m[3]!.trim(),
  }));
}

describe('the SDK-method table', () => {
  const rows = tableRows();
  const methods = sdkMethods();
  const emulated = methods.filter((m) => !LATER.some((l) => m.startsWith(`${l}.`)));

  it('lists every method of the covered resources, and only those', () => {
    const listed = rows.filter((r) => !r.method.endsWith('.*')).map((r) => r.method);
    expect([...listed].sort()).toEqual([...emulated].sort());
    expect(rows.filter((r) => r.method.endsWith('.*')).map((r) => r.method.slice(0, -2))).toEqual(LATER);
    expect(emulated.length).toBe(90);
  });

  it('names a contract operation and a test file that calls the method, for each row', () => {
    const contract = Contract.load(join(ROOT, 'contracts', 'managed-agents.yaml'));
    const problems: string[] = [];
    for (const row of rows.filter((r) => !r.method.endsWith('.*'))) {
      if (!contract.byId.has(row.operation)) problems.push(`${row.method}: no operation ${row.operation}`);
      const source = readFileSync(join(ROOT, row.test), 'utf8');
      // `client.files.list(` for the top-level resources; `.beta.files.list(` for the beta ones.
      const call = row.method.startsWith('beta.') ? `.${row.method}(` : `client.${row.method}(`;
      if (!source.includes(call)) problems.push(`${row.method}: ${row.test} never calls ${call}`);
    }
    expect(problems).toEqual([]);
  });
});

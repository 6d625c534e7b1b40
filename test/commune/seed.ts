/** The Commune seed (fixtures/commune/seed.json) as the tests use it, and the check each file ends with. */
import { expect } from 'vitest';
import type { MailsimServer } from '../../src/server.js';

export const COMMUNE_KEY = 'comm_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
export const SEED_ORG_ID = 'c0ffee00c0ffee00c0ffee00c0ffee00';
export const SEED_KEY_ID = 'd3adbeefd3adbeefd3adbeefd3adbeef';
export const SHARED_DOMAIN_ID = '5f0c8a2e-1b3d-4e6f-9a7b-2c4d6e8f0a1b';
export const SEED_INBOX_ID = '8b2f1c3d-5e7a-4b9c-8d1e-3f5a7b9c1d2e';
export const SEED_INBOX_ADDRESS = 'dev@commune.email';

/** Every response the server sent was valid against the contract (strict mode turns violations into 500s). */
export function expectNoViolations(server: MailsimServer): void {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
}

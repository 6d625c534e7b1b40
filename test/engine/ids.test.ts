/**
 * The default id source (src/engine/ids.ts): tokens and hex secrets are drawn from a pool of random
 * bytes refilled as it runs out. Every API key, webhook secret and Message-ID depends on two draws
 * never sharing bytes, across refills too, and on each id having its format.
 */
import { describe, expect, it } from 'vitest';
import { ALPHABETS, randomIds } from '../../src/engine/ids.js';

describe('randomIds', () => {
  it('never hands out the same bytes twice, across many refills of its pool', () => {
    // 2 000 draws of 24 bytes span about a dozen 4 KB refills.
    const secrets = Array.from({ length: 2000 }, () => randomIds.hex(24));
    expect(new Set(secrets).size).toBe(secrets.length);
    for (const s of secrets) expect(s).toMatch(/^[0-9a-f]{48}$/);
    // Any 8-byte run found twice, at any offset, would mean pool bytes handed out again.
    const runs = new Set<string>();
    let count = 0;
    for (const s of secrets) {
      for (let i = 0; i + 16 <= s.length; i += 2, count++) runs.add(s.slice(i, i + 16));
    }
    expect(runs.size).toBe(count);
  });

  it('draws tokens of the asked length from the asked alphabet', () => {
    for (let i = 0; i < 500; i++) {
      expect(randomIds.token(40)).toMatch(/^[A-Za-z0-9_-]{40}$/);
      expect(randomIds.token(8, ALPHABETS.lowerAlphanumeric)).toMatch(/^[a-z0-9]{8}$/);
      expect(randomIds.token(6, ALPHABETS.digits)).toMatch(/^[0-9]{6}$/);
    }
  });

  it('serves a draw larger than its pool', () => {
    const big = randomIds.hex(10_000);
    expect(big).toMatch(/^[0-9a-f]{20000}$/);
    expect(new Set(big.match(/.{32}/g)).size).toBe(625);
  });

  it('makes version 4 UUIDs', () => {
    expect(randomIds.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

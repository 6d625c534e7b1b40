/**
 * Id and secret generation. Every id in mailsim comes from here so tests can seed it and so the
 * formats the providers use (UUIDs, nanoid-style tokens, hex secrets) live in one place.
 */
import { createHash, randomBytes, randomFillSync, randomUUID } from 'node:crypto';

const NANOID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const LOWER_ALPHANUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface IdSource {
  uuid(): string;
  /** Random string of `length` characters drawn from `alphabet` (default: nanoid's URL-safe set). */
  token(length: number, alphabet?: string): string;
  hex(bytes: number): string;
}

function fromBytes(bytes: Buffer, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolUsed = POOL_BYTES;

/**
 * `n` cryptographically random bytes, as a view into a pool filled 4 KB at a time: one call into
 * OpenSSL per few hundred ids instead of one per id (a 24-character token or a 32-digit hex took
 * 3.0-4.9 µs each way on the machine of issue 15, 0.2-0.4 µs from the pool; node's randomUUID
 * buffers its entropy the same way). Managed Agents and Gent draw a request id for every request.
 * No byte is handed out twice. The view is only valid until the next draw: token and hex turn it
 * into a string at once.
 */
function drawRandom(n: number): Buffer {
  if (n > POOL_BYTES) return randomBytes(n);
  if (poolUsed + n > POOL_BYTES) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  const bytes = pool.subarray(poolUsed, poolUsed + n);
  poolUsed += n;
  return bytes;
}

/** Cryptographically random ids, the default. */
export const randomIds: IdSource = {
  uuid: () => randomUUID(),
  token: (length, alphabet = NANOID_ALPHABET) => fromBytes(drawRandom(length), length, alphabet),
  hex: (bytes) => drawRandom(bytes).toString('hex'),
};

/** Deterministic ids from a seed, for reproducible tests and snapshots. */
export function seededIds(seed: string): IdSource {
  let counter = 0;
  const next = (n: number): Buffer => {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < n) {
      const h = createHash('sha256').update(`${seed}:${counter++}`).digest();
      chunks.push(h);
      total += h.length;
    }
    return Buffer.concat(chunks).subarray(0, n);
  };
  return {
    uuid: () => {
      const b = next(16);
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const h = b.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    token: (length, alphabet = NANOID_ALPHABET) => fromBytes(next(length), length, alphabet),
    hex: (bytes) => next(bytes).toString('hex'),
  };
}

export const ALPHABETS = { nanoid: NANOID_ALPHABET, lowerAlphanumeric: LOWER_ALPHANUM, digits: '0123456789' } as const;

export function sha256Hex(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}

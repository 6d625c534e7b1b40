/**
 * Ed25519 with node:crypto. Commune's agents register a raw 32-byte public key in standard base64
 * and send 64-byte signatures in standard base64.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** What agent-register accepts: 43 base64 characters and one `=` (exactly 32 bytes). */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

function publicKeyOf(rawBase64: string): KeyObject | null {
  const raw = Buffer.from(rawBase64, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

/** Whether the string decodes to a 32-byte key node:crypto accepts as Ed25519. */
export function isUsablePublicKey(rawBase64: string): boolean {
  return publicKeyOf(rawBase64) !== null;
}

/** Checks `signatureBase64` over the UTF-8 bytes of `message`; any malformed input is simply false. */
export function verifyEd25519(publicKeyBase64: string, message: string, signatureBase64: string): boolean {
  const key = publicKeyOf(publicKeyBase64);
  if (!key) return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(message, 'utf8'), key, signature);
  } catch {
    return false;
  }
}

/**
 * Email addresses as people write them (`Name <a@b>`, `"Doe, J" <a@b>`, `<a@b>`, `a@b`), read with
 * nodemailer's RFC 5322 address parser rather than a regular expression of our own.
 */
import addressparser from 'nodemailer/lib/addressparser/index.js';

/**
 * The addresses in a header-style value (a group's members included); the trimmed value itself
 * when it holds none the parser recognises, so a malformed value is still looked up as written.
 */
export function addressesIn(value: string): string[] {
  const found = addressparser(value, { flatten: true })
    .map((a) => a.address)
    .filter((a) => a !== '');
  return found.length ? found : [value.trim()];
}

/** The first address of the value: `Name <a@b>` → `a@b` (case kept). */
export function bareAddress(value: string): string {
  return addressesIn(value)[0]!;
}

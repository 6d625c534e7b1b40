/**
 * Verification codes and links, read from whole messages as the mail sink stores them (MIME
 * parsed by the same parser: quoted-printable, HTML-only, multipart). Each fixture carries the
 * noise real mail has around a code: prices, order and reference numbers, phone numbers, dates,
 * postcodes, copyright years, tracking links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/engine/mail/parse.js';
import { extractCodes, extractLinks, htmlToText } from '../../src/mcp/extract.js';

async function extract(name: string) {
  const m = await parseMessage(readFileSync(join(__dirname, 'fixtures', name)));
  const text = m.text ?? (m.html ? htmlToText(m.html) : '');
  return { codes: extractCodes(m.subject, text).map((c) => c.code), links: extractLinks(m.text, m.html), html: m.html };
}

describe('verification codes', () => {
  it('takes a grouped code from the text part, not the street number, postcode, phone number or copyright year', async () => {
    expect((await extract('signin-code-html.eml')).codes).toEqual(['615204']);
  });

  it('finds the same code in the HTML part alone (entities, emphasis, quoted-printable soft breaks)', async () => {
    const { html } = await extract('signin-code-html.eml');
    expect(extractCodes(null, htmlToText(html!)).map((c) => c.code)).toEqual(['615204']);
  });

  it('takes a code the subject announces, not the reference number or the amount in the body', async () => {
    expect((await extract('otp-in-subject.eml')).codes).toEqual(['847201']);
  });

  it('reads a one-time passcode written as 381-904 among an order number, a date, a total and a link with digits', async () => {
    expect((await extract('grouped-otp-with-noise.eml')).codes).toEqual(['381904']);
  });

  it('takes a four-digit PIN, not the date or the card number', async () => {
    expect((await extract('pin-and-dates.eml')).codes).toEqual(['7342']);
  });

  it('finds no code where no code phrase stands near a number', async () => {
    expect((await extract('newsletter-no-code.eml')).codes).toEqual([]);
    expect((await extract('magic-link-only.eml')).codes).toEqual([]);
  });

  it('reads the common phrasings', () => {
    const cases: [string, string][] = [
      ['Your verification code is 123456', '123456'],
      ['Your OTP: 9087', '9087'],
      ['code:44556677', '44556677'],
      ['Use 774411 as your one-time password.', '774411'],
      ['Your login code\n\n  250 913\n', '250913'],
      ['2FA code 3141 5926', '31415926'],
    ];
    for (const [text, code] of cases) expect(extractCodes(null, text)[0]?.code, text).toBe(code);
  });
});

describe('links', () => {
  it('puts the confirmation link first (by its anchor text), decodes entities, and marks privacy and preference links as other', async () => {
    const { links } = await extract('magic-link-only.eml');
    expect(links[0]).toEqual({
      url: 'https://click.orbit-crm.example/ls/click?upn=xYz-123&source=email',
      text: 'Confirm my email',
      verification: true,
    });
    expect(links.slice(1).map((l) => l.verification)).toEqual([false, false]);
    expect(links.map((l) => l.url)).not.toContain('https://cdn.orbit-crm.example/logo.png');
  });

  it('takes links from plain text without trailing punctuation, and never treats unsubscribe links as verification', async () => {
    const { links } = await extract('newsletter-no-code.eml');
    expect(links.map((l) => [l.url, l.verification])).toEqual([
      ['https://trailhead.example/issues/9912', false],
      ['https://trailhead.example/unsubscribe?u=4410', false],
    ]);
    expect(extractLinks('Verify here: https://x.example/verify?t=1.', null)[0]).toMatchObject({
      url: 'https://x.example/verify?t=1',
      verification: true,
    });
  });
});

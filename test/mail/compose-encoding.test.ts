/**
 * composeMime hands nodemailer the quoted-printable / base64 choice it would make itself, so it
 * skips its own costly count (src/engine/mail/compose.ts). What a user depends on: the MIME is byte
 * for byte what nodemailer alone makes (boundaries aside, which are random), for any mix of scripts,
 * long lines, control characters, HTML and text attachments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMime, presetTextEncoding, textEncodingOf } from '../../src/engine/mail/compose.js';
import type { OutboundMail } from '../../src/engine/mail/types.js';

const sameBoundaries = (raw: Buffer): string => raw.toString('latin1').replace(/_NmP-[0-9a-f]+-Part_/g, '_NmP-x-Part_');

const mail = (over: Partial<OutboundMail>): OutboundMail => ({
  provider: 'agentsend',
  tenant: 't',
  from: { address: 'dev@agentsend.io', name: 'Dev Inbox' },
  to: ['someone@example.com'],
  cc: [],
  bcc: [],
  subject: 'hello',
  text: 'plain',
  messageId: '<fixed@agentsend.io>',
  date: new Date('2026-12-06T10:00:00Z'),
  ...over,
});

async function bothWays(m: OutboundMail): Promise<[string, string]> {
  const preset = await composeMime(m);
  const alone = await composeMime(m, { presetEncoding: false });
  return [sameBoundaries(preset.raw), sameBoundaries(alone.raw)];
}

const piece = fc.constantFrom('a', 'Z', ' ', '1', '.', '\n', '\t', '\u0001', 'é', 'Ж', '中', '😀', 'x'.repeat(90));
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('composeMime text encoding', () => {
  it('counts as nodemailer does: Latin letters against control and non-ASCII units', () => {
    expect(textEncodingOf('x'.repeat(3500))).toBe('Q');
    expect(textEncodingOf('Привет, мир')).toBe('B');
    expect(textEncodingOf('Hello world, Привет')).toBe('Q');
    expect(textEncodingOf('1234 5678')).toBe('B');
    expect(textEncodingOf('😀 ab')).toBe('B');
  });

  it('makes the same bytes as nodemailer deciding alone, for the cases that take the preset', async () => {
    const long = `${'Lorem ipsum dolor sit amet '.repeat(150)}\n`;
    const cases: OutboundMail[] = [
      mail({ text: long }),
      mail({ text: long, html: `<p>${long}</p>` }),
      mail({ text: 'Привет, мир '.repeat(40) }),
      mail({
        text: long,
        attachments: [{ filename: 'notes.txt', contentType: 'text/plain', content: Buffer.from(long) }],
      }),
    ];
    for (const m of cases) {
      expect(presetTextEncoding(m)).toBeDefined();
      const [preset, alone] = await bothWays(m);
      expect(preset).toBe(alone);
    }
  });

  it('leaves the choice to nodemailer where one setting could not fit every part or header', () => {
    expect(presetTextEncoding(mail({ subject: 'Привет', text: 'x'.repeat(100) }))).toBeUndefined();
    expect(presetTextEncoding(mail({ text: 'x'.repeat(100), html: 'Привет мир' }))).toBeUndefined();
  });

  it('makes the same bytes for any mix of scripts, controls and line lengths', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(text, { nil: null }), fc.boolean(), async (body, html, cyrillicSubject) => {
        const m = mail({ text: body, html, subject: cyrillicSubject ? 'Тема' : 'subject' });
        const [preset, alone] = await bothWays(m);
        expect(preset).toBe(alone);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * OutboundMail → RFC 5322 bytes and the SMTP envelope, with nodemailer's MailComposer (no
 * hand-rolled MIME). Bcc recipients go into the envelope only: MailComposer leaves the Bcc header
 * out of the message unless asked to keep it.
 */
import type MailComposerType from 'nodemailer/lib/mail-composer/index.js';

/** Loaded when the first message is composed, so a start that sends nothing does not pay for it. */
let MailComposer: typeof MailComposerType | null = null;
import type { OutboundMail } from './types.js';

export interface Envelope {
  from: string;
  to: string[];
}

export interface ComposedMail {
  raw: Buffer;
  envelope: Envelope;
}

const unique = (list: string[]): string[] => {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * What nodemailer's MimeNode decides for a text part that is not plain 7-bit: quoted-printable
 * ('Q') when its Latin letters outnumber its control and non-ASCII UTF-16 units, base64 ('B')
 * otherwise. Counted in one pass; nodemailer matches two global regexes and builds an array of every
 * matched character, about 200 µs of a send's CPU for a 4 KB body.
 */
export function textEncodingOf(value: string): 'Q' | 'B' {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (c <= 0x08 || c === 0x0b || c === 0x0c || (c >= 0x0e && c <= 0x1f) || c >= 0x80) other++;
  }
  return other < latin ? 'Q' : 'B';
}

/**
 * The `textEncoding` to hand MailComposer so it skips its own counting, or undefined to let it
 * decide part by part. The setting is one for the whole message, so it is handed over only where it
 * cannot change a byte: every text part counts to the same choice, and no header value needs
 * encoded words (which follow the same setting).
 */
export function presetTextEncoding(mail: OutboundMail): 'Q' | 'B' | undefined {
  const headerValues = [
    mail.subject,
    mail.from.name ?? '',
    ...mail.to,
    ...mail.cc,
    ...mail.bcc,
    ...Object.values(mail.headers ?? {}),
    ...(mail.attachments ?? []).map((a) => a.filename),
  ];
  if (headerValues.some((v) => NON_ASCII.test(v))) return undefined;
  // An attachment is a text part when its type says so or, without a type, its name may.
  const textParts = [
    mail.text,
    mail.html,
    ...(mail.attachments ?? [])
      .filter((a) => !a.contentType || /^text\//i.test(a.contentType))
      .map((a) => a.content.toString()),
  ].filter((v): v is string => !!v);
  let choice: 'Q' | 'B' | undefined;
  for (const part of textParts) {
    const encoding = textEncodingOf(part);
    if (choice !== undefined && encoding !== choice) return undefined;
    choice = encoding;
  }
  return choice;
}

/**
 * `presetEncoding: false` leaves the choice of text encodings to nodemailer, part by part (what the
 * preset is checked against in test/mail/compose-encoding.test.ts).
 */
export async function composeMime(mail: OutboundMail, o = { presetEncoding: true }): Promise<ComposedMail> {
  MailComposer ??= (await import('nodemailer/lib/mail-composer/index.js')).default;
  const textEncoding = o.presetEncoding ? presetTextEncoding(mail) : undefined;
  const composer = new MailComposer({
    ...(textEncoding
      ? { textEncoding: textEncoding === 'Q' ? ('quoted-printable' as const) : ('base64' as const) }
      : {}),
    from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    bcc: mail.bcc.length ? mail.bcc : undefined,
    subject: mail.subject,
    text: mail.text ?? undefined,
    html: mail.html ?? undefined,
    messageId: mail.messageId,
    date: mail.date,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.references?.length ? mail.references : undefined,
    headers: mail.headers,
    attachments: mail.attachments?.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
    // A message with no body part at all is still a valid message; keep it text/plain.
    ...(mail.text == null && mail.html == null && !mail.attachments?.length ? { text: '' } : {}),
  });
  const node = composer.compile();
  const raw = await node.build();
  return { raw, envelope: { from: mail.from.address, to: unique([...mail.to, ...mail.cc, ...mail.bcc]) } };
}

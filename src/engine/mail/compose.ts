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

export async function composeMime(mail: OutboundMail): Promise<ComposedMail> {
  MailComposer ??= (await import('nodemailer/lib/mail-composer/index.js')).default;
  const composer = new MailComposer({
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

/**
 * Mail tools: list the sink, read one message (text, HTML, headers or raw MIME), wait for one.
 * The sink holds every message mailsim saw: sent by an emulated API, or received over SMTP.
 */
import type { MailDetail, MailFilter, MailSummary } from '../../testing/control-client.js';
import { clip, formatAddress, pick, seconds, type Tool } from '../tool.js';

/** The filters the sink understands, as tool properties (shared with the verification tool). */
export const MAIL_FILTER_PROPERTIES = {
  to: { type: 'string', description: 'A recipient (To, Cc or envelope): a whole address, or part of one.' },
  from: { type: 'string', description: 'The sender: a whole address, or part of one.' },
  subject: { type: 'string', description: 'Text the subject contains.' },
  text: { type: 'string', description: 'Text the plain-text body contains.' },
  inbox: { type: 'string', description: 'The id of an emulated inbox the message landed in.' },
  provider: { type: 'string', description: 'Only mail of this provider, e.g. "agentsend" or "commune".' },
  since: { type: 'string', description: 'Only mail received at or after this ISO 8601 time.' },
} as const;

export const MAIL_FILTER_KEYS = Object.keys(MAIL_FILTER_PROPERTIES);

const MAX_CHARS = {
  type: 'integer',
  minimum: 100,
  default: 20000,
  description: 'Longest text returned per body (default 20000).',
};

function summary(m: MailSummary) {
  return {
    id: m.id,
    receivedAt: m.receivedAt,
    direction: m.direction,
    provider: m.provider,
    from: formatAddress(m.from),
    to: m.to.map((a) => a.address),
    subject: m.subject,
    snippet: m.snippet,
    inboxes: m.inboxes,
    attachments: m.attachmentCount,
  };
}

/** A message as an agent reads it: who, what, the bodies (clipped) and the attachment list. */
export function readable(m: MailDetail, maxChars: number) {
  return {
    id: m.id,
    receivedAt: m.receivedAt,
    direction: m.direction,
    provider: m.provider,
    messageId: m.messageId,
    from: formatAddress(m.from),
    to: m.to.map(formatAddress),
    cc: m.cc.map(formatAddress),
    subject: m.subject,
    inboxes: m.inboxes,
    text: clip(m.text, maxChars),
    html: clip(m.html, maxChars),
    attachments: m.attachments.map((a: Record<string, unknown>) => ({
      index: a.index,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
    })),
  };
}

export const mailTools: Tool[] = [
  {
    name: 'list_mail',
    title: 'List mail',
    description:
      "Lists the messages in mailsim's mail sink, newest first: everything the emulated APIs sent and everything " +
      'received over SMTP. Filter by recipient, sender, subject, body text, inbox, provider, direction or time. ' +
      'Returns ids to pass to read_mail.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        ...MAIL_FILTER_PROPERTIES,
        direction: {
          type: 'string',
          enum: ['in', 'out'],
          description: '"out": sent by an emulated API; "in": received from outside.',
        },
        limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        offset: { type: 'integer', minimum: 0, default: 0 },
      },
      additionalProperties: false,
    },
    async run(args, { control }) {
      const page = await control.mail.list(
        pick<MailFilter>(args, [...MAIL_FILTER_KEYS, 'direction', 'limit', 'offset']),
      );
      return { total: page.total, offset: page.offset, messages: page.data.map(summary) };
    },
  },
  {
    name: 'read_mail',
    title: 'Read a message',
    description:
      'Reads one message from the mail sink by id. part "all" (default) gives sender, recipients, subject, text and ' +
      'HTML bodies and the attachment list; "text", "html", "headers" or "raw" (the exact MIME source) give only that.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        id: { type: 'string', description: 'The message id, from list_mail or wait_for_mail.' },
        part: { type: 'string', enum: ['all', 'text', 'html', 'headers', 'raw'], default: 'all' },
        maxChars: MAX_CHARS,
      },
      required: ['id'],
      additionalProperties: false,
    },
    async run(args: { id: string; part: string; maxChars: number }, { control }) {
      if (args.part === 'raw')
        return clip(new TextDecoder().decode(await control.mail.rawBytes(args.id)), args.maxChars);
      const m = await control.mail.get(args.id);
      if (args.part === 'text') return clip(m.text, args.maxChars) ?? '(this message has no plain-text body)';
      if (args.part === 'html') return clip(m.html, args.maxChars) ?? '(this message has no HTML body)';
      if (args.part === 'headers')
        return m.headerLines.map((h: { name: string; value: string }) => `${h.name}: ${h.value}`).join('\n');
      return readable(m, args.maxChars);
    },
  },
  {
    name: 'wait_for_mail',
    title: 'Wait for a message',
    description:
      'Waits until a message matching the filters is in the mail sink (one already there counts; give "since" to ' +
      'wait only for newer mail) and returns it, or fails after timeoutSeconds. Use it after triggering a send.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        ...MAIL_FILTER_PROPERTIES,
        timeoutSeconds: {
          type: 'number',
          minimum: 0,
          maximum: 300,
          default: 30,
          description: 'How long to wait (default 30).',
        },
        maxChars: MAX_CHARS,
      },
      additionalProperties: false,
    },
    async run(args: Record<string, unknown> & { timeoutSeconds: number; maxChars: number }, { control }) {
      const m = await control.mail.wait({
        ...pick<MailFilter>(args, MAIL_FILTER_KEYS),
        timeout: seconds(args.timeoutSeconds, 30, 300),
      });
      return readable(m, args.maxChars);
    },
  },
];

/**
 * The verification tool: the newest message matching (or the next to arrive) and the codes and
 * links in it, so an agent can finish a sign-up or sign-in flow without reading the mail itself.
 */
import { ControlError, type MailFilter } from '../../testing/control-client.js';
import { extractCodes, extractLinks, htmlToText } from '../extract.js';
import { formatAddress, pick, seconds, ToolFailure, type Tool } from '../tool.js';
import { MAIL_FILTER_KEYS, MAIL_FILTER_PROPERTIES } from './mail.js';

export const verificationTools: Tool[] = [
  {
    name: 'extract_verification',
    title: 'Extract a verification code and links',
    description:
      'Finds the newest message matching the filters (waiting up to waitSeconds for one when none is there yet) and ' +
      'extracts its verification code (4-8 digits near words like "code", "OTP", "one-time", "PIN", "verification") ' +
      'and its links, verification/confirmation/sign-in links first. Returns code (the best guess, or null), every ' +
      'candidate with its surrounding text, link (the best verification link, or null) and all links.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        ...MAIL_FILTER_PROPERTIES,
        waitSeconds: {
          type: 'number',
          minimum: 0,
          maximum: 300,
          default: 0,
          description: 'Wait this long for a matching message when none has arrived yet.',
        },
      },
      additionalProperties: false,
    },
    async run(args: Record<string, unknown> & { waitSeconds: number }, { control }) {
      const filter = pick<MailFilter>(args, MAIL_FILTER_KEYS);
      let mail = await control.mail.latest(filter);
      if (!mail && args.waitSeconds > 0) {
        mail = await control.mail
          .wait({ ...filter, timeout: seconds(args.waitSeconds, 0, 300) })
          .catch((e: unknown) => {
            if (e instanceof ControlError && e.status === 408) return null;
            throw e;
          });
      }
      if (!mail)
        throw new ToolFailure(
          `no message matches ${JSON.stringify(filter)}${args.waitSeconds > 0 ? ` within ${args.waitSeconds} s` : ''}`,
        );
      const text = mail.text ?? (mail.html ? htmlToText(mail.html) : '');
      const codes = extractCodes(mail.subject, text);
      const links = extractLinks(mail.text, mail.html);
      return {
        mail: {
          id: mail.id,
          subject: mail.subject,
          from: formatAddress(mail.from),
          to: mail.to.map((a) => a.address),
          receivedAt: mail.receivedAt,
        },
        code: codes[0]?.code ?? null,
        codes,
        link: links.find((l) => l.verification)?.url ?? null,
        links,
      };
    },
  },
];

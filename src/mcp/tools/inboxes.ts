/**
 * Inbox tools. list_inboxes asks each running provider's own API (its inbox list, with the seeded
 * dev key or a key given), so it shows what that account's client would see, and the call is in
 * the request journal like any other. send_mail hands a message to mailsim's SMTP listener, the
 * door outside mail comes in by: it lands in the emulated inbox that owns the recipient.
 */
import type { ControlClient } from '../../testing/control-client.js';
import { pick, ToolFailure, type Tool, type ToolContext } from '../tool.js';

type Provider = Awaited<ReturnType<ControlClient['providers']>>['data'][number];

const WILDCARD = ['0.0.0.0', '::', '[::]'];

/** Where to reach a listener that listens on `host`, seen from a client of `baseUrl`. */
export function reachableHost(host: string, baseUrl: string): string {
  if (!WILDCARD.includes(host)) return host;
  const name = new URL(baseUrl).hostname;
  return name === 'localhost' ? '127.0.0.1' : name.replace(/^\[|\]$/g, '');
}

async function inboxesOf(p: Provider, base: string, key: string, ctx: ToolContext) {
  const res = await ctx.fetch(`${base}${p.inboxesPath}`, {
    headers: { authorization: `Bearer ${key}`, accept: 'application/json' },
  });
  const text = await res.text();
  if (!res.ok) return { provider: p.name, baseUrl: base, error: `${res.status}: ${text.slice(0, 300)}` };
  // Each provider pages in its own envelope (AgentSend/Commune `data`, Gent `results`) and names fields its way.
  type Row = Record<string, unknown>;
  const body = JSON.parse(text) as { data?: Row[]; results?: Row[]; total?: number } | Row[];
  const rows = Array.isArray(body) ? body : (body.data ?? body.results ?? []);
  const inboxes = rows.map((i) => ({
    id: i.id ?? i.inbox_id,
    address: i.address,
    displayName: i.displayName ?? i.display_name ?? null,
  }));
  const total = Array.isArray(body) ? inboxes.length : (body.total ?? inboxes.length);
  return { provider: p.name, baseUrl: base, total, inboxes };
}

export const inboxTools: Tool[] = [
  {
    name: 'list_inboxes',
    title: 'List inboxes',
    description:
      "Lists the emulated inboxes of each running provider (AgentSend, Commune, ...) by calling that provider's " +
      'own inbox-list API with its seeded dev key (or apiKey, for another account). Use the addresses as recipients ' +
      'of send_mail or as filters of list_mail.',
    readOnly: true,
    inputSchema: {
      type: 'object',
      properties: {
        provider: { type: 'string', description: 'Only this provider, e.g. "agentsend" or "commune".' },
        apiKey: {
          type: 'string',
          description: 'An API key of another account of that provider (default: the seeded dev key).',
        },
      },
      additionalProperties: false,
    },
    async run(args: { provider?: string; apiKey?: string }, ctx) {
      const [{ data }, health] = await Promise.all([ctx.control.providers(), ctx.control.health()]);
      const chosen = data.filter((p) => !args.provider || p.name === args.provider);
      if (chosen.length === 0)
        throw new ToolFailure(`${args.provider} is not running here (running: ${data.map((p) => p.name).join(', ')})`);
      return Promise.all(
        chosen.map(async (p) => {
          // The port the control client reaches is known to be reachable; the others are as the emulator names them.
          const base = p.name === health.provider ? ctx.baseUrl : p.baseUrl;
          const key = args.apiKey ?? p.devKeys[0]?.key;
          if (!p.inboxesPath) return { provider: p.name, inboxes: null, note: 'this provider has no inboxes' };
          if (!base || !key) return { provider: p.name, inboxes: null, note: 'no base URL or dev key to ask it with' };
          return inboxesOf(p, base, key, ctx);
        }),
      );
    },
  },
  {
    name: 'send_mail',
    title: 'Send mail into an emulated inbox',
    description:
      "Sends a message over SMTP to mailsim's SMTP listener, as an outside sender would: it is delivered to the " +
      'emulated inbox that owns each recipient address (see list_inboxes) and kept in the mail sink. Recipients no ' +
      'emulated inbox owns are refused. Returns the sink id of the stored message.',
    inputSchema: {
      type: 'object',
      properties: {
        to: {
          anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
          description: 'Recipient address(es).',
        },
        cc: { type: 'array', items: { type: 'string' } },
        from: {
          type: 'string',
          default: 'sender@example.com',
          description: 'Sender address, optionally "Name <address>".',
        },
        subject: { type: 'string' },
        text: { type: 'string', description: 'Plain-text body.' },
        html: { type: 'string', description: 'HTML body (with or without text).' },
        headers: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Extra headers, e.g. {"In-Reply-To": "<id@x>"}.',
        },
      },
      required: ['to', 'subject'],
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { smtp } = await ctx.control.providers();
      if (!smtp)
        throw new ToolFailure(
          'this mailsim runs without an SMTP listener (--no-smtp, or msw mode): it cannot receive mail from outside',
        );
      const nodemailer = (await import('nodemailer')).default;
      const transport = nodemailer.createTransport({
        host: reachableHost(smtp.host, ctx.baseUrl),
        port: smtp.port,
        secure: false,
        ignoreTLS: true,
      });
      try {
        const info = await transport.sendMail(pick(args, ['to', 'cc', 'from', 'subject', 'text', 'html', 'headers']));
        return {
          mailId: /queued as (\S+)/.exec(String(info.response))?.[1] ?? null,
          accepted: info.accepted,
          rejected: info.rejected,
          response: info.response,
        };
      } catch (e) {
        throw new ToolFailure(`the SMTP listener refused the message: ${(e as Error).message}`);
      } finally {
        transport.close();
      }
    },
  },
];

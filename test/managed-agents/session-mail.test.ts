/**
 * One world: a scripted agent's `send_mail` step goes through the shared mail plane, so its email
 * lands in the sink and, as inbound mail, in the AgentSend seed inbox it was addressed to.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startMailsim } from '../../src/server.js';
import { DEV_KEY, SEED_INBOX_ID, client as http } from '../helpers/server.js';
import { PROVIDER, sdk } from './helpers.js';
import { idleWith, newSession, readUntil, userMessage } from './session-helpers.js';

const server = await startMailsim({
  db: ':memory:',
  ports: { agentsend: 0, [PROVIDER]: 0 },
  smtp: true,
  smtpPort: 0,
  logLevel: 'error',
  rateLimits: false,
});
afterAll(() => server.close());
const client = sdk(server);

describe('an email agent on mailsim', () => {
  it('sends mail from a script that reaches an AgentSend inbox and the sink', async () => {
    const { session } = await newSession(client, { metadata: { mailsim_script: 'email-agent' } });
    const stream = await client.beta.sessions.events.stream(session.id);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('Invoice INV-7')] });
    const seen = await readUntil(stream, idleWith('end_turn'));
    const use = seen.find((e) => e.type === 'agent.tool_use');
    expect(use).toMatchObject({ name: 'send_email', input: { to: 'dev@agentsend.io', subject: 'Re: Invoice INV-7' } });
    const result = seen.find((e) => e.type === 'agent.tool_result');
    expect(result).toMatchObject({ tool_use_id: use.id, is_error: false });
    expect(result.content[0].text).toMatch(/^sent </);
    await server.engine.queue.idle();
    const sink = await fetch(
      `${server.url(PROVIDER)}/_mailsim/mail?subject=${encodeURIComponent('Re: Invoice INV-7')}`,
    );
    const mail = (await sink.json()) as { data: { subject: string; from: string }[] };
    expect(mail.data).toHaveLength(1);
    const inbox = await http(server.url('agentsend'), DEV_KEY)('GET', `/inboxes/${SEED_INBOX_ID}/messages`);
    expect(JSON.stringify(inbox.body)).toContain('Re: Invoice INV-7');
  });
});

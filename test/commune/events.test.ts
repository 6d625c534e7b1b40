/** GET /v1/events/stream: the ack frame, email.received frames for inbound mail, filters, heartbeats. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addOrg,
  COMMUNE_KEY,
  componentValidator,
  expectNoViolations,
  SEED_INBOX_ADDRESS,
  SEED_INBOX_ID,
  SEED_ORG_ID,
  smtpSend,
  startCommune,
  type Call,
} from './mail-helpers.js';

const OTHER_ORG = 'b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7b7';

interface Frame {
  event?: string;
  data?: any;
  comment?: string;
}

/** An open SSE connection that collects parsed frames. */
async function openStream(url: string, key: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${key}` }, signal: controller.signal });
  const frames: Frame[] = [];
  if (res.status === 200) {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let i: number;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            const f: Frame = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) f.comment = line.slice(1).trim();
              else if (line.startsWith('event: ')) f.event = line.slice(7);
              else if (line.startsWith('data: ')) f.data = JSON.parse(line.slice(6));
            }
            frames.push(f);
          }
        }
      } catch {
        /* aborted */
      }
    })();
  }
  return { res, frames, close: () => controller.abort() };
}

const waitFor = async <T>(fn: () => T | undefined, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    // A poll of frames arriving on an open stream (and heartbeats on a wall-clock timer): not queue work.
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('Commune event stream', () => {
  let server: MailsimServer;
  let api: Call;
  let otherKey: string;

  beforeAll(async () => {
    ({ server, api } = await startCommune({
      smtp: true,
      smtpPort: 0,
      providerSettings: { commune: { streamHeartbeatMs: 100 } },
    }));
    otherKey = addOrg(server, { id: OTHER_ORG, tier: 'agent_pro' });
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  it('acks, then emits email.received for inbound mail of the organisation only', async () => {
    const mine = await openStream(`${server.url('commune')}/v1/events/stream`, COMMUNE_KEY);
    const theirs = await openStream(`${server.url('commune')}/v1/events/stream`, otherKey);
    expect(mine.res.status).toBe(200);
    expect(mine.res.headers.get('content-type')).toContain('text/event-stream');
    await waitFor(() => mine.frames[0]);
    expect(mine.frames[0]).toEqual({ event: 'connection.ack', data: { connected: true, org_id: SEED_ORG_ID } });

    await smtpSend(server, {
      from: 'Alice <alice@example.com>',
      to: SEED_INBOX_ADDRESS,
      subject: 'Ping',
      text: 'hello',
    });
    const frame = await waitFor(() => mine.frames.find((f) => f.event === 'email.received'));
    expect(frame.data).toMatchObject({
      type: 'email.received',
      inbox_id: SEED_INBOX_ID,
      inbox_address: SEED_INBOX_ADDRESS,
      subject: 'Ping',
      from: 'alice@example.com',
      direction: 'inbound',
    });
    const stored = (await api('GET', `/v1/threads/${encodeURIComponent(frame.data.thread_id)}/messages`)).body.data[0];
    expect(stored.message_id).toBe(frame.data.message_id);
    expect(frame.data.created_at).toBe(stored.created_at);
    expect(componentValidator(server, 'StreamAck')(mine.frames[0]!.data)).toBe(true);
    const validFrame = componentValidator(server, 'StreamEmailReceived');
    expect(validFrame(frame.data), JSON.stringify(validFrame.errors)).toBe(true);
    expect(theirs.frames.filter((f) => f.event === 'email.received')).toEqual([]);
    mine.close();
    theirs.close();
  });

  it('filters by inbox_id and event types, and sends heartbeats', async () => {
    const other = (await api('POST', '/v1/inboxes', { local_part: 'stream-other' })).body.data;
    const filtered = await openStream(
      `${server.url('commune')}/v1/events/stream?inbox_id=${other.id}&events=email.received,sms.sent`,
      COMMUNE_KEY,
    );
    const sentOnly = await openStream(`${server.url('commune')}/v1/events/stream?events=email.sent`, COMMUNE_KEY);
    await waitFor(() => filtered.frames[0] && sentOnly.frames[0]);
    await smtpSend(server, {
      from: 'bob@example.com',
      to: SEED_INBOX_ADDRESS,
      subject: 'Not for the filter',
      text: 'x',
    });
    await smtpSend(server, { from: 'bob@example.com', to: other.address, subject: 'For the filter', text: 'y' });
    const hit = await waitFor(() => filtered.frames.find((f) => f.event === 'email.received'));
    expect(hit.data.subject).toBe('For the filter');
    await waitFor(() => filtered.frames.some((f) => f.comment === 'heartbeat'));
    expect(filtered.frames.filter((f) => f.event === 'email.received')).toHaveLength(1);
    expect(sentOnly.frames.filter((f) => f.event === 'email.received')).toEqual([]);
    filtered.close();
    sentOnly.close();
  });

  it('answers 400 when no known event type is named, and 401 without a key', async () => {
    const res = await api('GET', '/v1/events/stream?events=foo,bar');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^No valid event types specified/);
    expect((await client(server.url('commune'), null)('GET', '/v1/events/stream')).status).toBe(401);
  });
});

/**
 * Webhooks: the endpoints deliveries went to, the deliveries (live), and one delivery with every
 * attempt — status, latency, when the next retry falls due, the headers it sent — with "deliver
 * now" (a delivery waiting for its retry) and "replay" (one delivered or dead: a fresh round).
 */
import { useState } from 'preact/hooks';
import { api, get, query } from '../api';
import { Action, Badge, Code, Empty, Head, HeaderTable, Pairs, Problem, Status } from '../components';
import { fullTime, ms, pretty, time } from '../format';
import { useLive, useLoad } from '../hooks';
import { navigate, type Route } from '../route';
import type { Delivery, DeliveryDetail, Endpoint } from '../wire';

const SIGNATURE = /signature|svix|timestamp/i;

function DeliveryView({ id }: { id: string }) {
  const loaded = useLoad(() => get<DeliveryDetail>(`/_mailsim/webhooks/deliveries/${encodeURIComponent(id)}`), [id]);
  useLive(['webhook'], (e: { delivery?: Delivery }) => {
    if (!e.delivery || e.delivery.id === id) loaded.reload();
  });
  const d = loaded.data;
  if (loaded.error) return <Problem error={loaded.error} />;
  if (!d || d.id !== id) return <Empty>Loading…</Empty>;
  const waiting = d.status === 'pending' || d.status === 'failed';
  return (
    <div class="detail delivery" data-id={d.id}>
      <div class="detail-head">
        <h2>{d.event}</h2>
        <Badge kind={d.status}>{d.status}</Badge>
        <span class="actions">
          <Action
            kind="primary"
            run={() => api('POST', `/_mailsim/webhooks/deliveries/${encodeURIComponent(d.id)}/retry`)}
          >
            {waiting ? 'Deliver now' : 'Replay'}
          </Action>
        </span>
      </div>
      <Pairs
        rows={[
          ['URL', <span class="mono">{d.url}</span>],
          ['Webhook', d.webhookId],
          ['Tenant', d.tenant],
          ['Created', fullTime(d.createdAt)],
          ['Attempts', `${d.attemptCount}${d.inFlight ? ' (one in flight)' : ''}`],
          ['Next retry', waiting ? fullTime(d.nextAttemptAt) : '—'],
          ['Delivered', fullTime(d.deliveredAt)],
        ]}
      />
      <h3>Attempts</h3>
      {d.attempts.length === 0 ? (
        <Empty>No attempt yet.</Empty>
      ) : (
        <table class="grid attempts">
          <Head cols={['#', 'At', 'Outcome', 'Status', 'Latency', 'Next retry', 'Error / response']} />
          <tbody>
            {d.attempts.map((a) => (
              <tr data-attempt={a.attempt}>
                <td>{a.attempt}</td>
                <td>{time(a.at)}</td>
                <td>
                  <Badge kind={a.outcome}>{a.outcome}</Badge>
                </td>
                <td>
                  <Status status={a.statusCode} />
                </td>
                <td>{ms(a.latencyMs)}</td>
                <td>{a.nextAttemptAt ? time(a.nextAttemptAt) : '—'}</td>
                <td class="mono small">{a.error ?? a.responseExcerpt ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.attempts.length ? (
        <details open>
          <summary>
            Headers of attempt {d.attempts[d.attempts.length - 1]!.attempt} (signature headers highlighted)
          </summary>
          <HeaderTable headers={d.attempts[d.attempts.length - 1]!.headers} highlight={SIGNATURE} />
        </details>
      ) : (
        <HeaderTable headers={d.request.headers} highlight={SIGNATURE} />
      )}
      <h3>Payload</h3>
      <Code>{pretty(d.request.body)}</Code>
    </div>
  );
}

export function WebhooksView({ route, providers, port }: { route: Route; providers: string[]; port: string | null }) {
  const provider = route.params.get('provider') ?? port ?? providers[0] ?? '';
  const status = route.params.get('status') ?? '';
  const webhookId = route.params.get('webhookId') ?? '';
  const params = { provider, status, webhookId };
  const set = (change: Partial<typeof params>): void => navigate('webhooks', route.id, { ...params, ...change });
  const deliveries = useLoad(
    () => get<{ data: Delivery[]; total: number }>(`/_mailsim/webhooks/deliveries${query({ ...params, limit: 200 })}`),
    [provider, status, webhookId],
  );
  const endpoints = useLoad(
    () => get<{ data: Endpoint[] }>(`/_mailsim/webhooks/endpoints${query({ provider })}`),
    [provider],
  );
  useLive(
    ['webhook', 'reset'],
    () => {
      deliveries.reload();
      endpoints.reload();
    },
    150,
  );
  const [showEndpoints, setShowEndpoints] = useState(true);
  return (
    <div class="split">
      <section class="list-pane wide">
        <div class="toolbar">
          <select
            value={provider}
            aria-label="Provider"
            onChange={(e) => set({ provider: (e.target as HTMLSelectElement).value })}
          >
            {providers.map((p) => (
              <option value={p}>{p}</option>
            ))}
          </select>
          <select
            value={status}
            aria-label="Status"
            onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}
          >
            <option value="">Any status</option>
            {['pending', 'delivered', 'failed', 'dead'].map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
          {webhookId ? (
            <Badge kind="inbox">
              webhook {webhookId}{' '}
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  set({ webhookId: '' });
                }}
              >
                ×
              </a>
            </Badge>
          ) : null}
          <span class="spacer" />
          <label class="check">
            <input
              type="checkbox"
              checked={showEndpoints}
              onChange={(e) => setShowEndpoints((e.target as HTMLInputElement).checked)}
            />{' '}
            endpoints
          </label>
        </div>
        {showEndpoints && endpoints.data?.data.length ? (
          <table class="grid endpoints">
            <Head cols={['Endpoint', 'Webhook', 'Deliveries', 'Last']} />
            <tbody>
              {endpoints.data.data.map((e) => (
                <tr class="clickable" onClick={() => set({ webhookId: e.webhookId })}>
                  <td class="mono">{e.url}</td>
                  <td>{e.webhookId}</td>
                  <td>
                    {e.total} · <span class="st-2">{e.delivered} ok</span> ·{' '}
                    <span class="st-4">{e.failed} failing</span> · <span class="st-5">{e.dead} dead</span>
                    {e.pending ? ` · ${e.pending} pending` : ''}
                  </td>
                  <td>{time(e.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <Problem error={deliveries.error} />
        <table class="grid deliveries">
          <Head cols={['Created', 'Event', 'Endpoint', 'Status', 'Attempts', 'Last', 'Next retry']} />
          <tbody>
            {(deliveries.data?.data ?? []).map((d) => (
              <tr
                class={`clickable ${d.id === route.id ? 'sel' : ''}`}
                data-id={d.id}
                onClick={() => navigate('webhooks', d.id, params)}
              >
                <td>{time(d.createdAt)}</td>
                <td>{d.event}</td>
                <td class="mono small">{d.url}</td>
                <td>
                  <Badge kind={d.status}>{d.status}</Badge>
                </td>
                <td>{d.attemptCount}</td>
                <td>
                  <Status status={d.lastStatusCode} />
                </td>
                <td>{d.status === 'failed' || d.status === 'pending' ? time(d.nextAttemptAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {deliveries.data && deliveries.data.data.length === 0 ? (
          <Empty>No deliveries. Register a webhook with the provider’s API; its events show up here.</Empty>
        ) : null}
      </section>
      {route.id ? (
        <section class="detail-pane">
          <DeliveryView id={route.id} />
        </section>
      ) : null}
    </div>
  );
}

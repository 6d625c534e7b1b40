/** One journal entry: the request and its answer as they went over the wire, and what was marked on them. */
import { get } from '../api';
import { Badge, Code, Empty, HeaderTable, Pairs, Problem, Status } from '../components';
import { bytes, fullTime, ms, pretty } from '../format';
import { useLoad } from '../hooks';
import type { Captured, RequestDetail as Detail } from '../wire';

function Side({ title, side }: { title: string; side: Captured | null }) {
  if (!side)
    return (
      <div class="side">
        <h3>{title}</h3>
        <Empty>Not captured.</Empty>
      </div>
    );
  return (
    <div class="side">
      <h3>
        {title}{' '}
        <span class="muted">
          {bytes(side.bodyBytes)}
          {side.truncated ? ' (first 64 KiB shown)' : ''}
        </span>
      </h3>
      <HeaderTable headers={side.headers} />
      {side.body === null ? (
        <Empty>Binary body.</Empty>
      ) : side.body === '' ? (
        <Empty>No body.</Empty>
      ) : (
        <Code>{pretty(side.body)}</Code>
      )}
    </div>
  );
}

export function RequestDetail({ id }: { id: number }) {
  const loaded = useLoad(() => get<Detail>(`/_mailsim/requests/${id}`), [id]);
  const e = loaded.data;
  if (loaded.error) return <Problem error={loaded.error} />;
  if (!e || e.id !== id) return <Empty>Loading…</Empty>;
  return (
    <div class="detail request" data-id={e.id}>
      <div class="detail-head">
        <h2 class="mono">
          {e.method} {e.path}
        </h2>
        <Status status={e.status} />
      </div>
      {e.fault ? (
        <div class="mark fault">
          Injected fault: <b>{e.fault}</b>
          {e.status === 0 ? ' — no answer was sent (the connection was dropped or held).' : ''}
        </div>
      ) : null}
      {e.idempotentReplay ? (
        <div class="mark replay">
          Idempotent replay: answered from the stored answer for key <code>{e.idempotencyKey}</code>; the handler did
          not run.
        </div>
      ) : null}
      {e.violations.length ? (
        <div class="mark violations">
          <b>The answer broke the contract:</b>
          <ul>
            {e.violations.map((v) => (
              <li>
                <code>{v.pointer}</code> {v.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Pairs
        rows={[
          ['Time', fullTime(e.at)],
          ['Provider', e.provider],
          ['Operation', e.operationId ?? '(no route)'],
          ['Latency', ms(e.latencyMs)],
          ['Tenant', e.tenant ?? '—'],
          ['Error code', e.errorCode ?? '—'],
          ['Request id', e.requestId],
          ...(e.query ? [['Query', e.query] as [string, string]] : []),
          ...(e.idempotencyKey
            ? [
                [
                  'Idempotency-Key',
                  <span>
                    {e.idempotencyKey} {e.idempotentReplay ? <Badge kind="replay">replay</Badge> : null}
                  </span>,
                ] as [string, any],
              ]
            : []),
        ]}
      />
      <Side title="Request" side={e.request} />
      <Side title="Response" side={e.response} />
    </div>
  );
}

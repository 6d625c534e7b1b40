/**
 * Requests: the journal, live, filtered by provider, operation, status, tenant and marks
 * (contract violations, injected faults, idempotent replays). A request opens to what went over
 * the wire.
 */
import { useRef, useState } from 'preact/hooks';
import { api, get, query } from '../api';
import { Action, Badge, Empty, Head, Problem, Status } from '../components';
import { ms, time } from '../format';
import { useLive, useLoad } from '../hooks';
import { href, navigate, type Route } from '../route';
import { RequestDetail } from './request';
import type { JournalEntry } from '../wire';

interface Filters {
  provider: string;
  operation: string;
  status: string;
  tenant: string;
  violations: boolean;
  fault: boolean;
  replay: boolean;
}

const KEEP = 500;

/** The same test the journal applies, for entries that arrive live. */
function matches(e: JournalEntry, f: Filters): boolean {
  if (f.provider && e.provider !== f.provider) return false;
  if (f.operation && e.operationId !== f.operation) return false;
  if (f.tenant && e.tenant !== f.tenant) return false;
  if (f.status) {
    const cls = /^([1-5])xx$/.exec(f.status);
    if (cls ? Math.floor(e.status / 100) !== Number(cls[1]) : e.status !== Number(f.status)) return false;
  }
  if (f.violations && e.violations.length === 0) return false;
  if (f.fault && e.fault === null) return false;
  if (f.replay && !e.idempotentReplay) return false;
  return true;
}

function filtersOf(route: Route): Filters {
  const p = route.params;
  return {
    provider: p.get('provider') ?? '',
    operation: p.get('operation') ?? '',
    status: p.get('status') ?? '',
    tenant: p.get('tenant') ?? '',
    violations: p.get('violations') === 'true',
    fault: p.get('fault') === 'true',
    replay: p.get('replay') === 'true',
  };
}

function asParams(f: Filters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(f)
      .filter(([, v]) => v !== '' && v !== false)
      .map(([k, v]) => [k, String(v)]),
  );
}

export function RequestsView({ route, providers }: { route: Route; providers: string[] }) {
  const filters = filtersOf(route);
  const key = JSON.stringify(filters);
  const set = (change: Partial<Filters>): void => navigate('requests', route.id, asParams({ ...filters, ...change }));
  // Rows are kept with the filters they were read for: a list read for other filters (a slow answer
  // overtaken by a newer one, or the list before the filters changed) is never shown as this one.
  const [read, setRead] = useState<{ key: string; list: JournalEntry[] } | null>(null);
  const current = useRef(key);
  current.current = key;
  const rows = read?.key === key ? read.list : null;
  const loaded = useLoad(async () => {
    const page = await get<{ data: JournalEntry[] }>(`/_mailsim/requests${query({ ...filters, limit: 200 })}`);
    if (current.current === key) setRead({ key, list: page.data });
    return page;
  }, [key]);
  const [operations, setOperations] = useState<string[]>([]);
  useLive(['request'], (e: JournalEntry | { cleared: true }, name) => {
    if (name !== 'request') return; // a resync reloads below
    if ('cleared' in e) return setRead({ key, list: [] });
    if (e.operationId && !operations.includes(e.operationId)) setOperations((o) => [...o, e.operationId!].sort());
    if (!matches(e, filters)) return;
    // An entry the journal page already held (answered before the page was read) is not added twice.
    setRead((r) =>
      r?.key === key && !r.list.some((x) => x.id === e.id) ? { key, list: [e, ...r.list].slice(0, KEEP) } : r,
    );
  });
  useLive(['resync', 'reset'], () => loaded.reload());
  const seenOps = [
    ...new Set([...operations, ...(rows ?? []).map((r) => r.operationId).filter((o): o is string => !!o)]),
  ].sort();

  const check = (name: 'violations' | 'fault' | 'replay', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        checked={filters[name]}
        onChange={(e) => set({ [name]: (e.target as HTMLInputElement).checked })}
      />{' '}
      {label}
    </label>
  );
  return (
    <div class="split">
      <section class="list-pane wide">
        <div class="toolbar">
          <select
            value={filters.provider}
            aria-label="Provider"
            onChange={(e) => set({ provider: (e.target as HTMLSelectElement).value })}
          >
            <option value="">All providers</option>
            {providers.map((p) => (
              <option value={p}>{p}</option>
            ))}
          </select>
          <input
            list="ops"
            placeholder="operation"
            value={filters.operation}
            aria-label="Operation"
            onChange={(e) => set({ operation: (e.target as HTMLInputElement).value.trim() })}
          />
          <datalist id="ops">
            {seenOps.map((o) => (
              <option value={o} />
            ))}
          </datalist>
          <select
            value={filters.status}
            aria-label="Status"
            onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}
          >
            <option value="">Any status</option>
            {['2xx', '3xx', '4xx', '5xx', '400', '401', '404', '409', '422', '429', '500', '503'].map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
          {check('violations', 'violations')}
          {check('fault', 'faults')}
          {check('replay', 'replays')}
          {filters.tenant ? (
            <Badge kind="inbox" title="tenant filter">
              tenant {filters.tenant} <a href={href('requests', null, asParams({ ...filters, tenant: '' }))}>×</a>
            </Badge>
          ) : null}
          <span class="spacer" />
          <Action kind="danger" confirm="Empty the request journal?" run={() => api('DELETE', '/_mailsim/requests')}>
            Clear
          </Action>
        </div>
        <Problem error={loaded.error} />
        <table class="grid requests">
          <Head cols={['Time', 'Provider', 'Request', 'Operation', 'Status', 'Latency', 'Marks']} />
          <tbody>
            {(rows ?? []).map((e) => (
              <tr
                class={`${e.id === Number(route.id) ? 'sel' : ''} clickable`}
                data-id={e.id}
                onClick={() => navigate('requests', String(e.id), asParams(filters))}
              >
                <td>{time(e.at)}</td>
                <td>{e.provider}</td>
                <td class="mono">
                  {e.method} {e.path}
                  {e.query ? `?${e.query}` : ''}
                </td>
                <td>{e.operationId ?? '—'}</td>
                <td>
                  <Status status={e.status} />
                </td>
                <td>{ms(e.latencyMs)}</td>
                <td>
                  {e.fault ? (
                    <Badge kind="fault" title="injected fault">
                      fault: {e.fault}
                    </Badge>
                  ) : null}
                  {e.idempotentReplay ? (
                    <Badge kind="replay" title="answered from the Idempotency-Key store">
                      replay
                    </Badge>
                  ) : null}
                  {e.violations.length ? (
                    <Badge kind="error" title="the answer broke the contract">
                      {e.violations.length} violation{e.violations.length > 1 ? 's' : ''}
                    </Badge>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 ? (
          <Empty>No request matches. Requests to any provider port show up here as they are answered.</Empty>
        ) : null}
      </section>
      {route.id ? (
        <section class="detail-pane">
          <RequestDetail id={Number(route.id)} />
        </section>
      ) : null}
    </div>
  );
}

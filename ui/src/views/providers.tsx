/**
 * Providers: each running provider's base URL, dev API keys and a ready curl; then what it stores,
 * by tenant and table, with the API route and a curl for each object; and the mail its inboxes
 * sent and received.
 */
import { useState } from 'preact/hooks';
import { get, query } from '../api';
import { Badge, Code, Copy, Empty, Head, Pairs, Problem } from '../components';
import { time } from '../format';
import { useLive, useLoad } from '../hooks';
import { href, navigate, type Route } from '../route';
import type { InboxSummary, ProviderDetail, ProviderInfo, TableInfo } from '../wire';

function Card({ p, browse = false }: { p: ProviderInfo; browse?: boolean }) {
  return (
    <section class="panel provider-card" data-provider={p.name}>
      <h2>
        <a href={href('providers', p.name)}>{p.title}</a> <span class="muted">{p.name}</span>
      </h2>
      <Pairs
        rows={[
          [
            'Base URL',
            <span>
              <code>{p.baseUrl}</code> <Copy text={p.baseUrl} />
            </span>,
          ],
          ...p.devKeys.map((k): [string, any] => [
            'Dev API key',
            <span>
              <code class="key">{k.key}</code> <Copy text={k.key} /> <span class="muted">{k.label}</span>
            </span>,
          ]),
          ['Control plane', <code>{p.baseUrl}/_mailsim</code>],
          ...p.notes.map((n): [string, string] => ['Note', n]),
        ]}
      />
      {p.curl ? (
        <div class="curl">
          <Code>{p.curl}</Code>
          <Copy text={p.curl} label="Copy curl" />
        </div>
      ) : null}
      {browse ? (
        <p>
          <a href={href('providers', p.name)}>Browse what it stores →</a>
        </p>
      ) : null}
    </section>
  );
}

function Rows({ p, table, tenant }: { p: ProviderDetail; table: TableInfo; tenant: string }) {
  const [offset, setOffset] = useState(0);
  const rows = useLoad(
    () =>
      get<{ data: Record<string, unknown>[]; total: number }>(
        `/_mailsim/providers/${p.name}/tables/${table.name}${query({ tenant, limit: 50, offset })}`,
      ),
    [p.name, table.name, tenant, offset],
  );
  const data = rows.data?.data ?? [];
  const itemCurl = table.itemCurl;
  const columns = data.length ? Object.keys(data[0]!) : [];
  return (
    <div class="table-rows">
      <h3>
        {table.name}{' '}
        <span class="muted">
          {rows.data?.total ?? ''} rows
          {table.listPath ? (
            <span>
              {' '}
              · API: <code>GET {table.listPath}</code>{' '}
              {table.listCurl ? <Copy text={table.listCurl} label="Copy curl" /> : null}
            </span>
          ) : null}
        </span>
      </h3>
      <Problem error={rows.error} />
      {data.length === 0 ? (
        <Empty>No rows.</Empty>
      ) : (
        <div class="scroll-x">
          <table class="grid rows-table">
            <thead>
              <tr>
                {table.itemCurl ? <th>API</th> : null}
                {columns.map((c) => (
                  <th>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((r) => (
                <tr>
                  {itemCurl ? (
                    <td>
                      <Copy
                        text={itemCurl.replace('{id}', encodeURIComponent(String(r[table.itemKey])))}
                        label="curl"
                      />
                    </td>
                  ) : null}
                  {columns.map((c) => (
                    <td class="mono small" title={String(r[c])}>
                      {r[c] === null ? <span class="muted">null</span> : String(r[c]).slice(0, 120)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row-actions">
        {offset > 0 ? (
          <button type="button" onClick={() => setOffset(Math.max(0, offset - 50))}>
            Newer
          </button>
        ) : null}
        {rows.data && offset + 50 < rows.data.total ? (
          <button type="button" onClick={() => setOffset(offset + 50)}>
            Older
          </button>
        ) : null}
      </div>
    </div>
  );
}

function Detail({ name, route }: { name: string; route: Route }) {
  const tenant = route.params.get('tenant') ?? '';
  const tableName = route.params.get('table') ?? '';
  const set = (change: Record<string, string>): void =>
    navigate('providers', name, { tenant, table: tableName, ...change });
  const detail = useLoad(() => get<ProviderDetail>(`/_mailsim/providers/${name}${query({ tenant })}`), [name, tenant]);
  const p = detail.data;
  const tenants = useLoad(
    async () =>
      p?.tenantTable
        ? (
            await get<{ data: Record<string, unknown>[] }>(
              `/_mailsim/providers/${name}/tables/${p.tenantTable}?limit=200`,
            )
          ).data
        : [],
    [name, p?.tenantTable],
  );
  const inboxes = useLoad(() => get<{ data: InboxSummary[] }>('/_mailsim/mail/inboxes'), []);
  useLive(
    ['mail', 'request', 'reset'],
    () => {
      detail.reload();
      inboxes.reload();
    },
    500,
  );
  if (detail.error) return <Problem error={detail.error} />;
  if (!p || p.name !== name) return <Empty>Loading…</Empty>;
  const table = p.tables.find((t) => t.name === tableName);
  const label = (t: Record<string, unknown>): string => String(t.name ?? t.email ?? t.slug ?? t.id);
  return (
    <div class="provider-detail">
      <Card p={p} />
      <section class="panel">
        <h2>Stored objects</h2>
        <div class="row-actions">
          <select
            value={tenant}
            aria-label="Tenant"
            onChange={(e) => set({ tenant: (e.target as HTMLSelectElement).value })}
          >
            <option value="">Every tenant</option>
            {(tenants.data ?? []).map((t) => (
              <option value={String(t.id)}>
                {label(t)} ({String(t.id)})
              </option>
            ))}
          </select>
          {tenant ? <a href={href('requests', null, { tenant })}>This tenant's requests</a> : null}
        </div>
        <table class="grid tables">
          <Head cols={['Table', 'Rows', 'API route']} />
          <tbody>
            {p.tables.map((t) => (
              <tr
                class={`clickable ${t.name === tableName ? 'sel' : ''}`}
                onClick={() => set({ table: t.name })}
                data-table={t.name}
              >
                <td>
                  {t.name}
                  {t.tenantColumn === null ? <Badge kind="muted">shared</Badge> : null}
                </td>
                <td>{t.rows}</td>
                <td class="mono small">{t.itemPath ?? t.listPath ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {table ? <Rows p={p} table={table} tenant={tenant} /> : null}
      </section>
      <section class="panel">
        <h2>Mail by inbox</h2>
        {(inboxes.data?.data ?? []).filter((i) => i.provider === name).length === 0 ? (
          <Empty>No mail has involved its inboxes yet.</Empty>
        ) : (
          <table class="grid inboxes">
            <Head cols={['Inbox', 'Received', 'Sent', 'Last']} />
            <tbody>
              {inboxes
                .data!.data.filter((i) => i.provider === name)
                .map((i) => (
                  <tr>
                    <td>
                      <a href={href('mail', null, { q: i.address })}>{i.address}</a>
                    </td>
                    <td>{i.received}</td>
                    <td>{i.sent}</td>
                    <td>{time(i.lastAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

export function ProvidersView({ route }: { route: Route }) {
  const list = useLoad(() => get<{ data: ProviderInfo[] }>('/_mailsim/providers'), []);
  if (route.id) return <Detail name={route.id} route={route} />;
  return (
    <div class="providers">
      <Problem error={list.error} />
      {(list.data?.data ?? []).map((p) => (
        <Card p={p} browse />
      ))}
    </div>
  );
}

/**
 * Mail: the sink as a live list (paged: 50 at a time, more as you scroll), searchable, with the
 * selected message beside it. New mail appears as it lands (the `mail` events). The first page of
 * the unfiltered list is requested before the first render (main.tsx), so it arrives sooner.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, get, query } from '../api';
import { Action, Badge, Empty, Problem } from '../components';
import { address, time } from '../format';
import { useDebounced, useLive } from '../hooks';
import { navigate, type Route } from '../route';
import type { MailPage, MailSummary } from '../wire';
import { MessageView } from './message';

const PAGE = 50;

/** The first page of the unfiltered list, as the view asks for it. */
export const firstMailPage = (): string => `/_mailsim/mail${query({ limit: PAGE })}`;

function Row({
  m,
  selected,
  params,
  first,
}: {
  m: MailSummary;
  selected: boolean;
  params: Record<string, string>;
  first: boolean;
}) {
  const who = m.direction === 'out' ? `to ${m.to.map((a) => a.address).join(', ') || '—'}` : address(m.from);
  return (
    <a
      class={`row mail-row ${selected ? 'sel' : ''}`}
      href={`#/mail/${encodeURIComponent(m.id)}${params.q || params.provider ? `?${new URLSearchParams(params)}` : ''}`}
      data-id={m.id}
    >
      <span class="who">{who}</span>
      <span class="when">{time(m.receivedAt)}</span>
      {/* The first row's paint is when the list is shown (Element Timing: the UI test measures it). */}
      <span class="subject" {...(first ? { elementtiming: 'mail-list' } : {})}>
        {m.subject || '(no subject)'}
      </span>
      <span class="snippet">{m.snippet}</span>
      <span class="tags">
        <Badge kind={m.direction}>{m.direction === 'out' ? 'sent' : 'received'}</Badge>
        {m.provider ? <Badge kind="provider">{m.provider}</Badge> : null}
        {m.inboxes.slice(0, 2).map((i) => (
          <Badge kind="inbox" title="emulated inbox">
            {i}
          </Badge>
        ))}
        {m.attachmentCount ? (
          <Badge kind="muted">
            {m.attachmentCount} attachment{m.attachmentCount > 1 ? 's' : ''}
          </Badge>
        ) : null}
      </span>
    </a>
  );
}

export function MailView({ route, providers }: { route: Route; providers: string[] }) {
  const [q, setQ] = useState(route.params.get('q') ?? '');
  const [provider, setProvider] = useState(route.params.get('provider') ?? '');
  const search = useDebounced(q, 200);
  const [page, setPage] = useState<MailPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const filters = { q: search, provider };
  const filtered = search !== '' || provider !== '';

  const loadFirst = async (): Promise<void> => {
    try {
      setPage(await get<MailPage>(`/_mailsim/mail${query({ ...filters, limit: PAGE })}`));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const loadMore = async (): Promise<void> => {
    if (!page || loadingMore || page.data.length >= page.total) return;
    setLoadingMore(true);
    try {
      const more = await get<MailPage>(`/_mailsim/mail${query({ ...filters, limit: PAGE, offset: page.data.length })}`);
      setPage((p) =>
        p ? { ...more, data: [...p.data, ...more.data.filter((m) => !p.data.some((x) => x.id === m.id))] } : more,
      );
    } finally {
      setLoadingMore(false);
    }
  };

  useEffect(() => {
    void loadFirst();
  }, [search, provider]);
  // More as the end of the list scrolls into view.
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    });
    seen.observe(el);
    return () => seen.disconnect();
  });

  useLive(['mail'], (event: { type?: string; message?: MailSummary; id?: string }) => {
    if (event.type === 'stored' && event.message && !filtered) {
      const m = event.message;
      setPage((p) =>
        p && !p.data.some((x) => x.id === m.id) ? { ...p, total: p.total + 1, data: [m, ...p.data] } : p,
      );
    } else if (event.type === 'deleted' && event.id) {
      setPage((p) => (p ? { ...p, total: p.total - 1, data: p.data.filter((x) => x.id !== event.id) } : p));
    } else void loadFirst();
  });
  useLive(['reset'], () => void loadFirst());

  const params: Record<string, string> = { q: search, provider };
  const open = route.id;
  return (
    <div class="split">
      <section class="list-pane">
        <div class="toolbar">
          <input
            type="search"
            placeholder="Search mail"
            title="Subject, sender, recipient or text"
            value={q}
            aria-label="Search mail"
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
          <select
            value={provider}
            aria-label="Provider"
            onChange={(e) => setProvider((e.target as HTMLSelectElement).value)}
          >
            <option value="">All providers</option>
            {providers.map((p) => (
              <option value={p}>{p}</option>
            ))}
          </select>
          <Action
            kind="danger"
            confirm={provider ? `Delete every ${provider} message in the sink?` : 'Delete every message in the sink?'}
            run={async () => {
              await api('DELETE', `/_mailsim/mail${query({ provider })}`);
              navigate('mail');
            }}
          >
            Clear
          </Action>
        </div>
        <div class="count">
          {page ? `${page.total} message${page.total === 1 ? '' : 's'}${filtered ? ' found' : ''}` : ''}
        </div>
        <Problem error={error} />
        <div class="rows" role="list" aria-label="Messages">
          {page?.data.map((m, i) => (
            <Row m={m} selected={m.id === open} params={params} first={i === 0} />
          ))}
          {page && page.data.length === 0 ? (
            <Empty>
              {filtered ? 'No message matches.' : 'No mail yet. Send some over SMTP or through a provider’s API.'}
            </Empty>
          ) : null}
          <div ref={sentinel} class="sentinel">
            {loadingMore ? 'Loading…' : ''}
          </div>
        </div>
      </section>
      <section class="detail-pane">
        {open ? (
          <MessageView id={open} onGone={() => navigate('mail', null, params)} />
        ) : (
          <Empty>Pick a message.</Empty>
        )}
      </section>
    </div>
  );
}

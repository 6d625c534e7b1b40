/**
 * Managed Agents sessions: every tenant's sessions, and one session's event timeline, growing as
 * the runtime writes it. The session operations are the Managed Agents port's own control plane
 * (`/_mailsim/managed-agents/…`), so on another port this view links to the UI on that one. The
 * timeline asks for the events after the last one it has, once a second while it is open.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, get } from '../api';
import { Badge, Empty, Head, Problem } from '../components';
import { time } from '../format';
import { useLoad } from '../hooks';
import { href, navigate, type Route } from '../route';

const AGENT_PROVIDER = 'managed-agents';
const POLL_MS = 1000;
const BASE = '/_mailsim/managed-agents';

interface SessionRow {
  id: string;
  tenant: string;
  agent_id: string;
  agent_name: string;
  status: string;
  title: string | null;
  events: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

interface LoggedEvent {
  seq: number;
  event: { id: string; type: string; processed_at: string | null } & Record<string, any>;
}

/** Calls `fn` every `everyMs` while the view is mounted (a wall-clock poll, not emulated time). */
function useEvery(fn: () => void, everyMs: number, deps: unknown[]): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    const timer = setInterval(() => latest.current(), everyMs);
    return () => clearInterval(timer);
  }, deps);
}

/** A line of what an event says: its text, tool, stop reason or error. */
function summary(e: LoggedEvent['event']): string {
  const text = Array.isArray(e.content) ? e.content.map((b: { text?: string }) => b.text ?? '').join(' ') : '';
  if (e.type === 'agent.tool_use' || e.type === 'agent.custom_tool_use')
    return `${e.name} ${JSON.stringify(e.input)}${e.evaluated_permission === 'ask' ? ' (asks permission)' : ''}`;
  if (e.type === 'session.status_idle') {
    const ids = e.stop_reason?.event_ids ? ` ${e.stop_reason.event_ids.join(', ')}` : '';
    return `${e.stop_reason?.type ?? ''}${ids}`;
  }
  if (e.type === 'session.error') return `${e.error?.type}: ${e.error?.message}`;
  if (e.type === 'user.tool_confirmation')
    return `${e.result} ${e.tool_use_id}${e.deny_message ? `: ${e.deny_message}` : ''}`;
  return text;
}

function Timeline({ id }: { id: string }) {
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const last = useRef(0);
  const busy = useRef(false);
  const more = (): void => {
    if (busy.current) return;
    busy.current = true;
    get<{ data: LoggedEvent[] }>(`${BASE}/sessions/${encodeURIComponent(id)}/events?after=${last.current}`)
      .then(
        ({ data }) => {
          if (!data.length) return;
          last.current = data[data.length - 1]!.seq;
          setEvents((old) => [...old, ...data]);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => {
        busy.current = false;
      });
  };
  useEffect(() => {
    last.current = 0;
    setEvents([]);
    setError(null);
    more();
  }, [id]);
  useEvery(more, POLL_MS, [id]);
  return (
    <div class="detail session" data-id={id}>
      <div class="detail-head">
        <h2 class="mono">{id}</h2>
        <a href={href('agents')}>All sessions</a>
      </div>
      <Problem error={error} />
      {events.length === 0 ? (
        <Empty>No events yet. Send the session a user.message.</Empty>
      ) : (
        <table class="grid timeline">
          <Head cols={['#', 'At', 'Event', 'What']} />
          <tbody>
            {events.map(({ seq, event }) => (
              <tr data-seq={seq} data-type={event.type}>
                <td>{seq}</td>
                <td>{time(event.processed_at)}</td>
                <td class="mono">{event.type}</td>
                <td>{summary(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function SessionList() {
  const loaded = useLoad(() => get<{ data: SessionRow[] }>(`${BASE}/sessions`), []);
  useEvery(loaded.reload, POLL_MS * 2, []);
  if (loaded.error) return <Problem error={loaded.error} />;
  const rows = loaded.data?.data ?? [];
  if (!loaded.data) return <Empty>Loading…</Empty>;
  if (!rows.length) return <Empty>No session yet. Create one with client.beta.sessions.create().</Empty>;
  return (
    <table class="grid sessions">
      <Head cols={['Session', 'Agent', 'Status', 'Title', 'Events', 'Updated']} />
      <tbody>
        {rows.map((s) => (
          <tr data-id={s.id} class="clickable" onClick={() => navigate('agents', s.id)}>
            <td class="mono">{s.id}</td>
            <td>{s.agent_name}</td>
            <td>
              <Badge kind={s.status}>{s.archived_at ? `${s.status} (archived)` : s.status}</Badge>
            </td>
            <td>{s.title ?? '—'}</td>
            <td>{s.events}</td>
            <td>{time(s.updated_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the Managed Agents port serves this UI, when this page is on another port. */
function Elsewhere({ running }: { running: boolean }) {
  const where = useLoad(
    () => (running ? get<{ baseUrl: string }>(`/_mailsim/providers/${AGENT_PROVIDER}`) : Promise.resolve(null)),
    [running],
  );
  if (!running) return <Empty>The Managed Agents provider is not running in this mailsim.</Empty>;
  const url = where.data?.baseUrl;
  return (
    <Empty>
      Sessions are on the Managed Agents port's control plane:{' '}
      {url ? <a href={`${url}/_mailsim/ui#/agents`}>open this view there</a> : 'open the UI on that port'}.
    </Empty>
  );
}

export function AgentsView({ route, providers }: { route: Route; providers: string[] }) {
  const here = useLoad(
    () =>
      get(`${BASE}/scripts`).then(
        () => true,
        (e: unknown) => (e instanceof ApiError && e.status === 404 ? false : Promise.reject(e)),
      ),
    [],
  );
  return (
    <section class="panel agents">
      <h2>Managed Agents sessions</h2>
      {here.data === null ? (
        <Empty>Loading…</Empty>
      ) : !here.data ? (
        <Elsewhere running={providers.includes(AGENT_PROVIDER)} />
      ) : route.id ? (
        <Timeline id={route.id} />
      ) : (
        <SessionList />
      )}
    </section>
  );
}

/**
 * The mailsim web UI: one page over the control plane (`/_mailsim/*`). Views by hash route; a live
 * feed keeps them current. Everything it shows or does is an operation of contracts/control.yaml.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './styles.css';
import { adoptTokenFromUrl, prefetch, setToken, whenUnauthorized } from './api';
import { connect, on, onStatus } from './events';
import { href, parseRoute, useRoute } from './route';
import { AgentsView } from './views/agents';
import { ControlView } from './views/control';
import { firstMailPage, MailView } from './views/mail';
import { ProvidersView } from './views/providers';
import { RequestsView } from './views/requests';
import { WebhooksView } from './views/webhooks';

const VIEWS: [string, string][] = [
  ['mail', 'Mail'],
  ['requests', 'Requests'],
  ['webhooks', 'Webhooks'],
  ['providers', 'Providers'],
  ['control', 'Control'],
  ['agents', 'Agents'],
];

interface Hello {
  provider: string;
  providers: string[];
  clock: { now: string; mode: 'real' | 'frozen'; offsetMs: number };
}

/** Asks for the control token when the control plane refuses the page without it. */
function TokenPrompt() {
  const [value, setValue] = useState('');
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value.trim());
        location.reload();
      }}
    >
      <h2>This mailsim needs its control token</h2>
      <p>
        It was started with <code>--control-token</code>. Open the UI address the start-up banner prints (it carries the
        token), or paste the token here.
      </p>
      <input
        type="password"
        value={value}
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        placeholder="control token"
        autofocus
      />
      <button type="submit">Open</button>
    </form>
  );
}

function Clock({ hello }: { hello: Hello | null }) {
  const [clock, setClock] = useState(hello?.clock ?? null);
  const [, tick] = useState(0);
  useEffect(() => setClock(hello?.clock ?? null), [hello]);
  useEffect(() => on('clock', setClock), []);
  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, []);
  if (!clock) return null;
  const now = clock.mode === 'frozen' ? new Date(clock.now) : new Date(Date.now() + clock.offsetMs);
  return (
    <a class={`clock ${clock.mode}`} href={href('control')} title="The engine clock (Control view)">
      {clock.mode === 'frozen' ? '❄ ' : ''}
      {now.toISOString().replace('T', ' ').slice(0, 19)} UTC
    </a>
  );
}

function App() {
  const route = useRoute();
  const [hello, setHello] = useState<Hello | null>(null);
  const [live, setLive] = useState(false);
  const [needsToken, setNeedsToken] = useState(false);
  useEffect(() => {
    whenUnauthorized(() => setNeedsToken(true));
    const offHello = on('hello', setHello);
    const offStatus = onStatus(setLive);
    const disconnect = connect();
    return () => {
      offHello();
      offStatus();
      disconnect();
    };
  }, []);

  if (needsToken) return <TokenPrompt />;
  const providers = hello?.providers ?? [];
  const view = VIEWS.some(([id]) => id === route.view) ? route.view : 'mail';
  return (
    <div class="shell">
      <header class="top">
        <span class="brand">mailsim</span>
        <nav>
          {VIEWS.map(([id, label]) => (
            <a href={href(id)} class={id === view ? 'on' : ''} data-view={id}>
              {label}
            </a>
          ))}
        </nav>
        <span class="spacer" />
        <Clock hello={hello} />
        <span
          class={`live ${live ? 'on' : ''}`}
          title={live ? 'Live: changes appear as they happen' : 'Reconnecting to the event stream…'}
        >
          {live ? 'live' : 'offline'}
        </span>
      </header>
      <main>
        {view === 'mail' && <MailView route={route} providers={providers} />}
        {view === 'requests' && <RequestsView route={route} providers={providers} />}
        {view === 'webhooks' && <WebhooksView route={route} providers={providers} port={hello?.provider ?? null} />}
        {view === 'providers' && <ProvidersView route={route} />}
        {view === 'control' && <ControlView providers={providers} port={hello?.provider ?? null} />}
        {view === 'agents' && <AgentsView route={route} providers={providers} />}
      </main>
    </div>
  );
}

adoptTokenFromUrl();
// The Mail view's first page is on its way before the first render (the view opens with it).
if (parseRoute(location.hash).view === 'mail' && !location.hash.includes('?')) prefetch(firstMailPage());
// The page's placeholder (painted before the script runs) makes way for the app.
const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);

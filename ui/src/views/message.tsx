/** One message: who, where it landed, and its HTML (sandboxed), text, headers, raw source and attachments. */
import { useEffect, useState } from 'preact/hooks';
import { api, download, get, request } from '../api';
import { Action, Badge, Code, Empty, Head, HeaderTable, Pairs, Problem, Tabs } from '../components';
import { address, bytes, fullTime } from '../format';
import { useLive, useLoad } from '../hooks';
import type { MailDetail } from '../wire';
import { mailDocument, remoteReferences, withInlineParts } from './mail-html';

type Tab = 'html' | 'text' | 'headers' | 'raw' | 'attachments';

function HtmlBody({ m }: { m: MailDetail }) {
  const [remote, setRemote] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    setRemote(false);
    setHtml(null);
    withInlineParts(m.html ?? '', m.attachments).then(setHtml, () => setHtml(m.html ?? ''));
  }, [m.id]);
  const remoteCount = remoteReferences(m.html ?? '');
  return (
    <div class="html-body">
      <div class="html-bar">
        <span class="note">Rendered without scripts.</span>
        {remoteCount > 0 ? (
          <label class="toggle">
            <input
              type="checkbox"
              checked={remote}
              onChange={(e) => setRemote((e.target as HTMLInputElement).checked)}
            />{' '}
            Load remote images ({remoteCount} {remote ? 'allowed' : 'blocked'})
          </label>
        ) : null}
      </div>
      {html === null ? (
        <Empty>Loading…</Empty>
      ) : (
        <iframe
          key={`${m.id}:${remote}`}
          class="mail-frame"
          title="Message HTML"
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          referrerpolicy="no-referrer"
          srcdoc={mailDocument(html, remote)}
        />
      )}
    </div>
  );
}

function Raw({ m }: { m: MailDetail }) {
  const raw = useLoad(async () => (await request('GET', m.rawUrl)).text(), [m.id]);
  return raw.error ? <Problem error={raw.error} /> : <Code>{raw.data ?? 'Loading…'}</Code>;
}

function Attachments({ m }: { m: MailDetail }) {
  if (!m.attachments.length) return <Empty>No attachments.</Empty>;
  return (
    <table class="grid">
      <Head cols={['#', 'File', 'Type', 'Size', '']} />
      <tbody>
        {m.attachments.map((a) => (
          <tr>
            <td>{a.index}</td>
            <td>{a.filename ?? '(unnamed)'}</td>
            <td>{a.contentType}</td>
            <td>{a.size === undefined ? '—' : bytes(a.size)}</td>
            <td>
              <Action run={() => download(a.url, a.filename ?? `attachment-${a.index}`)}>Download</Action>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the message landed: each emulated inbox that claimed a recipient (with the provider's ids), and who sent it. */
function Landing({ m }: { m: MailDetail }) {
  if (!m.deliveries.length && !m.provider) return <span class="muted">no emulated inbox (kept in the sink only)</span>;
  return (
    <span class="landing">
      {m.direction === 'out' && m.provider ? (
        <span>
          sent by <Badge kind="provider">{m.provider}</Badge>
          {m.inboxes[0] ?? ''}{' '}
        </span>
      ) : null}
      {m.deliveries.map((d) => (
        <span class="delivery" title={d.error ?? 'delivered'} data-provider={d.provider}>
          → <Badge kind="provider">{d.provider}</Badge>
          {d.address}
          {d.messageId ? (
            <span class="landed muted">
              {' '}
              (inbox <code>{d.inboxId}</code>, message <code>{d.messageId}</code>
              {d.threadId ? (
                <span>
                  , thread <code>{d.threadId}</code>
                </span>
              ) : null}
              )
            </span>
          ) : null}
          {d.error ? <Badge kind="error">{d.error}</Badge> : null}{' '}
        </span>
      ))}
    </span>
  );
}

export function MessageView({ id, onGone }: { id: string; onGone: () => void }) {
  const loaded = useLoad(() => get<MailDetail>(`/_mailsim/mail/${encodeURIComponent(id)}`), [id]);
  const [tab, setTab] = useState<Tab>('html');
  useLive(['mail'], (e: { type?: string; id?: string }) => {
    if ((e.type === 'deleted' && e.id === id) || e.type === 'cleared') loaded.reload();
  });
  const m = loaded.data;
  useEffect(() => {
    if (m) setTab(m.html ? 'html' : 'text');
  }, [m?.id]);
  if (loaded.error)
    return (
      <div class="detail">
        <Problem error={loaded.error} />
        <button type="button" onClick={onGone}>
          Back to the list
        </button>
      </div>
    );
  if (!m || m.id !== id) return <Empty>Loading…</Empty>;
  const tabs: [Tab, string][] = [
    ...(m.html ? [['html', 'HTML'] as [Tab, string]] : []),
    ['text', 'Text'],
    ['headers', 'Headers'],
    ['raw', 'Raw'],
    ['attachments', `Attachments (${m.attachments.length})`],
  ];
  return (
    <div class="detail message" data-id={m.id}>
      <div class="detail-head">
        <h2>{m.subject || '(no subject)'}</h2>
        <span class="actions">
          <Action run={() => download(m.rawUrl, `${m.id}.eml`)}>Download .eml</Action>
          <Action
            kind="danger"
            run={async () => {
              await api('DELETE', `/_mailsim/mail/${encodeURIComponent(m.id)}`);
              onGone();
            }}
          >
            Delete
          </Action>
        </span>
      </div>
      <Pairs
        rows={[
          ['From', address(m.from)],
          ['To', m.to.map(address).join(', ') || '—'],
          ...(m.cc.length ? [['Cc', m.cc.map(address).join(', ')] as [string, string]] : []),
          ['Date', fullTime(m.receivedAt)],
          ['Landed', <Landing m={m} />],
          ['Envelope', `${m.envelope.from ?? '<>'} → ${m.envelope.to.join(', ')}`],
          ['Message-ID', m.messageId ?? '—'],
          ['Size', bytes(m.size)],
          ...(m.tenant ? [['Tenant', m.tenant] as [string, string]] : []),
        ]}
      />
      {m.parseWarnings.length ? <div class="problem">Parse warnings: {m.parseWarnings.join('; ')}</div> : null}
      <Tabs tabs={tabs} current={tab} onPick={setTab} />
      <div class="tab-body">
        {tab === 'html' && m.html ? <HtmlBody m={m} /> : null}
        {tab === 'text' ? <Code>{m.text ?? '(no text part)'}</Code> : null}
        {tab === 'headers' ? (
          <HeaderTable headers={m.headerLines.map((h): [string, string] => [h.name, h.value])} />
        ) : null}
        {tab === 'raw' ? <Raw m={m} /> : null}
        {tab === 'attachments' ? <Attachments m={m} /> : null}
      </div>
    </div>
  );
}

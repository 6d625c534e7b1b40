/** Small pieces the views share. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { statusClass } from './format';

export function Copy({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (plain http on another host): select a hidden field instead.
      const field = document.createElement('textarea');
      field.value = text;
      document.body.append(field);
      field.select();
      document.execCommand('copy');
      field.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1200);
  };
  return (
    <button type="button" class="copy" onClick={copy} title={text}>
      {done ? 'Copied' : label}
    </button>
  );
}

export function Badge({ kind, children, title }: { kind: string; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge b-${kind}`} title={title}>
      {children}
    </span>
  );
}

export function Status({ status }: { status: number | null }) {
  return <span class={`status ${statusClass(status)}`}>{status ? status : '—'}</span>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="empty">{children}</div>;
}

export function Problem({ error }: { error: string | null }) {
  return error ? (
    <div class="problem" role="alert">
      {error}
    </div>
  ) : null;
}

export function Tabs<T extends string>({
  tabs,
  current,
  onPick,
}: {
  tabs: [T, string][];
  current: T;
  onPick: (t: T) => void;
}) {
  return (
    <div class="tabs" role="tablist">
      {tabs.map(([id, label]) => (
        <button
          type="button"
          role="tab"
          aria-selected={id === current}
          class={id === current ? 'on' : ''}
          onClick={() => onPick(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** A table's header row. */
export function Head({ cols }: { cols: string[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c) => (
          <th>{c}</th>
        ))}
      </tr>
    </thead>
  );
}

/** A two-column table of names and values (headers, facts). */
export function Pairs({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <table class="pairs">
      <tbody>
        {rows.map(([k, v]) => (
          <tr>
            <th>{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Headers as a record, or as name/value pairs when a name may repeat (mail headers). */
export function HeaderTable({
  headers,
  highlight,
}: {
  headers: Record<string, unknown> | [string, string][];
  highlight?: RegExp;
}) {
  const rows: [string, unknown][] = Array.isArray(headers) ? headers : Object.entries(headers);
  if (!rows.length) return <Empty>No headers</Empty>;
  return (
    <table class="pairs mono">
      <tbody>
        {rows.map(([k, v]) => (
          <tr class={highlight?.test(k) ? 'hl' : ''}>
            <th>{k}</th>
            <td>{Array.isArray(v) ? v.join(', ') : String(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Code({ children }: { children: string }) {
  return <pre class="code">{children}</pre>;
}

/** A button that runs an action, shows it running, and reports a failure next to itself. */
export function Action({
  run,
  children,
  kind = '',
  confirm: question,
}: {
  run: () => Promise<unknown>;
  children: ComponentChildren;
  kind?: string;
  confirm?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const click = async (): Promise<void> => {
    if (question && !window.confirm(question)) return;
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="action">
      <button type="button" class={kind} disabled={busy} onClick={click}>
        {children}
      </button>
      {error ? (
        <span class="problem-inline" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Control: the virtual clock, fault rules and scenarios (each on or off), and resets. */
import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../api';
import { Action, Badge, Empty, Head, Problem } from '../components';
import { fullTime } from '../format';
import { useLive, useLoad } from '../hooks';
import { FaultForm } from './fault-form';
import type { Clock, FaultRule } from '../wire';

function ClockPanel() {
  const clock = useLoad(() => get<Clock>('/_mailsim/clock'), []);
  useLive(['clock'], () => clock.reload());
  const [advance, setAdvance] = useState('1h');
  const [at, setAt] = useState('');
  const set = (body: Record<string, unknown>) => () => api('POST', '/_mailsim/clock', body);
  const c = clock.data;
  return (
    <section class="panel clock-panel">
      <h2>Clock</h2>
      <Problem error={clock.error} />
      {c ? (
        <p class="clock-now">
          {fullTime(c.now)} <Badge kind={c.mode}>{c.mode}</Badge>
          {c.offsetMs ? <span class="muted"> {Math.round(c.offsetMs / 1000)} s ahead of the wall clock</span> : null}
        </p>
      ) : null}
      <div class="row-actions">
        {c?.mode === 'frozen' ? (
          <Action run={set({ mode: 'real' })}>Unfreeze</Action>
        ) : (
          <Action run={set({ mode: 'frozen' })}>Freeze</Action>
        )}
        <Action run={() => api('POST', '/_mailsim/clock', { mode: 'real', set: new Date().toISOString() })}>
          Back to real time
        </Action>
      </div>
      <div class="row-actions">
        <input
          value={advance}
          size={8}
          aria-label="Advance by"
          onInput={(e) => setAdvance((e.target as HTMLInputElement).value)}
        />
        <Action kind="primary" run={() => api('POST', '/_mailsim/clock', { advance: advance.trim() })}>
          Advance
        </Action>
        {['1m', '1h', '1d'].map((d) => (
          <Action run={set({ advance: d })}>+{d}</Action>
        ))}
      </div>
      <div class="row-actions">
        <input
          type="datetime-local"
          step={1}
          value={at}
          aria-label="Set the time"
          onInput={(e) => setAt((e.target as HTMLInputElement).value)}
        />
        <Action run={() => api('POST', '/_mailsim/clock', { set: new Date(at).toISOString() })}>Set</Action>
      </div>
      <p class="muted">Advancing runs what falls due: webhook retries, held sends, delayed deliveries.</p>
    </section>
  );
}

function describe(r: FaultRule): string {
  const a = r.action;
  const what =
    a.type === 'status'
      ? `answer ${a.status}`
      : a.type === 'latency'
        ? `add latency ${JSON.stringify(a.ms)} ms`
        : a.type + (a.phase ? ` (${a.phase})` : '');
  const m = r.match ?? {};
  const where = (['provider', 'method', 'operationId', 'operation', 'path'] as const)
    .filter((k) => m[k])
    .map((k) => `${k}=${String(m[k])}`)
    .join(' ');
  const limits = [
    r.probability !== undefined ? `p=${r.probability}` : '',
    r.times !== undefined ? `×${r.times}` : '',
    r.after !== undefined ? `after ${r.after}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${what}${where ? ` when ${where}` : ''}${limits ? ` (${limits})` : ''}`;
}

const toggle = (id: string, enabled: boolean) =>
  api('PATCH', `/_mailsim/faults/${encodeURIComponent(id)}`, { enabled });

/** A rule's on/off switch: flips at once, then follows what the control plane says (back again if it refused). */
function RuleSwitch({ rule }: { rule: FaultRule }) {
  const [on, setOn] = useState(rule.enabled);
  useEffect(() => setOn(rule.enabled), [rule.enabled]);
  const flip = (value: boolean): void => {
    setOn(value);
    toggle(rule.id, value).catch(() => setOn(!value));
  };
  return (
    <input
      type="checkbox"
      aria-label={`rule ${rule.id} on`}
      checked={on}
      onChange={(e) => flip((e.target as HTMLInputElement).checked)}
    />
  );
}

/** Which provider new fault rules and scenarios apply to; this port's provider until chosen. */
function ApplyTo({ value, providers, set }: { value: string; providers: string[]; set: (p: string) => void }) {
  return (
    <label class="apply-to">
      Apply to{' '}
      <select value={value} aria-label="Apply to" onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        {providers.map((p) => (
          <option value={p}>{p}</option>
        ))}
      </select>
    </label>
  );
}

function FaultsPanel({ providers, port }: { providers: string[]; port: string | null }) {
  const [chosen, setTarget] = useState<string | null>(null);
  const target = chosen ?? port ?? providers[0] ?? '';
  const faults = useLoad(() => get<{ data: FaultRule[]; seed: number | null }>('/_mailsim/faults'), []);
  const scenarios = useLoad(
    () => get<{ data: { name: string; description: string | null }[] }>('/_mailsim/scenarios'),
    [],
  );
  useLive(['faults'], () => faults.reload());
  useLive(
    ['request'],
    (e: { fault: string | null }) => {
      if (e.fault) faults.reload();
    },
    300,
  );
  const rules = faults.data?.data ?? [];
  // A scenario's rules for the provider chosen (the same scenario may be on for several).
  const byScenario = (name: string) => rules.filter((r) => r.name === name && r.match?.provider === target);
  return (
    <section class="panel faults-panel">
      <h2>Faults</h2>
      <Problem error={faults.error} />
      {rules.length === 0 ? (
        <Empty>No fault rule: every request is answered normally.</Empty>
      ) : (
        <table class="grid faults">
          <Head cols={['On', 'Rule', 'What it does', 'Matched', 'Applied', '']} />
          <tbody>
            {rules.map((r) => (
              <tr class={r.enabled ? '' : 'off'} data-id={r.id}>
                <td>
                  <RuleSwitch rule={r} />
                </td>
                <td>
                  {r.name && r.name !== r.id ? (
                    <span>
                      {r.name} <span class="muted">{r.id}</span>
                    </span>
                  ) : (
                    r.id
                  )}
                </td>
                <td>{describe(r)}</td>
                <td>{r.matched}</td>
                <td>{r.applied}</td>
                <td>
                  <Action run={() => api('DELETE', `/_mailsim/faults/${encodeURIComponent(r.id)}`)}>Remove</Action>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row-actions">
        {rules.length ? (
          <Action kind="danger" run={() => api('DELETE', '/_mailsim/faults')}>
            Remove all
          </Action>
        ) : null}
      </div>
      <div class="row-actions">
        <ApplyTo value={target} providers={providers} set={setTarget} />
      </div>
      <FaultForm provider={target} />
      <h3>Scenarios</h3>
      <table class="grid scenarios">
        <tbody>
          {(scenarios.data?.data ?? []).map((s) => {
            const loaded = byScenario(s.name);
            const on = loaded.some((r) => r.enabled);
            return (
              <tr data-scenario={s.name}>
                <td>
                  <b>{s.name}</b>
                </td>
                <td class="muted">{s.description ?? ''}</td>
                <td>
                  {loaded.length === 0 ? (
                    <Action run={() => api('POST', '/_mailsim/scenarios', { name: s.name, provider: target })}>
                      Load for {target}
                    </Action>
                  ) : (
                    <Action run={() => Promise.all(loaded.map((r) => toggle(r.id, !on)))}>
                      {on ? 'Turn off' : 'Turn on'}
                    </Action>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function ResetPanel({ providers }: { providers: string[] }) {
  const [tenant, setTenant] = useState('');
  const [provider, setProvider] = useState(providers[0] ?? '');
  return (
    <section class="panel reset-panel">
      <h2>Reset</h2>
      <div class="row-actions">
        <Action
          kind="danger"
          confirm={
            'Reset everything: every provider back to its seed, the start-up faults, limits and clock, ' +
            'an empty journal?'
          }
          run={() => api('POST', '/_mailsim/reset')}
        >
          Reset everything
        </Action>
        {providers.map((p) => (
          <Action
            confirm={`Reset ${p}'s data back to its seed?`}
            run={() => api('POST', '/_mailsim/reset', { provider: p })}
          >
            Reset {p}
          </Action>
        ))}
      </div>
      <div class="row-actions">
        <select
          value={provider}
          aria-label="Provider"
          onChange={(e) => setProvider((e.target as HTMLSelectElement).value)}
        >
          {providers.map((p) => (
            <option value={p}>{p}</option>
          ))}
        </select>
        <input
          placeholder="tenant (account id)"
          value={tenant}
          aria-label="Tenant"
          onInput={(e) => setTenant((e.target as HTMLInputElement).value)}
        />
        <Action
          confirm={`Clear tenant ${tenant}'s data?`}
          run={() => api('POST', '/_mailsim/reset', { provider, tenant: tenant.trim() })}
        >
          Reset tenant
        </Action>
      </div>
    </section>
  );
}

export function ControlView({ providers, port }: { providers: string[]; port: string | null }) {
  return (
    <div class="control">
      <ClockPanel />
      <FaultsPanel providers={providers} port={port} />
      <ResetPanel providers={providers} />
    </div>
  );
}

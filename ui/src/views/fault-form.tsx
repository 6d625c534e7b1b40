/** A form for one fault rule, in the fields of POST /_mailsim/faults, for the provider chosen above it. */
import { useState } from 'preact/hooks';
import { api } from '../api';
import { Action } from '../components';

const ACTIONS = ['status', 'latency', 'reset', 'hang', 'truncate', 'malformed'];

export function FaultForm({ provider }: { provider: string }) {
  const [f, setF] = useState({
    operationId: '',
    method: '',
    path: '',
    type: 'status',
    status: '503',
    ms: '1000',
    times: '',
    probability: '',
  });
  const field = (name: keyof typeof f, label: string, size = 10) => (
    <input
      placeholder={label}
      aria-label={label}
      size={size}
      value={f[name]}
      onInput={(e) => setF({ ...f, [name]: (e.target as HTMLInputElement).value })}
    />
  );
  const rule = (): Record<string, unknown> => {
    const match = {
      ...(provider ? { provider } : {}),
      ...Object.fromEntries(
        (['operationId', 'method', 'path'] as const).filter((k) => f[k].trim()).map((k) => [k, f[k].trim()]),
      ),
    };
    const action =
      f.type === 'status'
        ? { type: 'status', status: Number(f.status) }
        : f.type === 'latency'
          ? { type: 'latency', ms: Number(f.ms) }
          : { type: f.type };
    return {
      action,
      ...(Object.keys(match).length ? { match } : {}),
      ...(f.times.trim() ? { times: Number(f.times) } : {}),
      ...(f.probability.trim() ? { probability: Number(f.probability) } : {}),
    };
  };
  return (
    <form class="fault-form row-actions" onSubmit={(e) => e.preventDefault()}>
      <select
        value={f.type}
        aria-label="Fault"
        onChange={(e) => setF({ ...f, type: (e.target as HTMLSelectElement).value })}
      >
        {ACTIONS.map((a) => (
          <option value={a}>{a}</option>
        ))}
      </select>
      {f.type === 'status' ? field('status', 'status', 4) : null}
      {f.type === 'latency' ? field('ms', 'ms', 6) : null}
      {field('operationId', 'operation (any)', 14)}
      {field('method', 'method', 6)}
      {field('path', 'path glob', 12)}
      {field('times', 'times', 4)}
      {field('probability', 'probability', 6)}
      <Action kind="primary" run={() => api('POST', '/_mailsim/faults', rule())}>
        Add fault
      </Action>
    </form>
  );
}

/** Hooks shared by the views: loading from the control plane, and reacting to the live feed. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { on, type EventName } from './events';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` now and whenever `deps` change; `reload` runs it again. A stale answer is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const seq = useRef(0);
  const run = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (mine === seq.current) setState({ data, error: null, loading: false });
      },
      (e: unknown) => {
        if (mine === seq.current)
          setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e), loading: false }));
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

/** Calls `fn` for each live event of these names (and on resync), at most once per `waitMs` when `waitMs` > 0. */
export function useLive(names: EventName[], fn: (data: any, name: EventName) => void, waitMs = 0): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last: { data: any; name: EventName } | null = null;
    const fire = (data: any, name: EventName): void => {
      if (waitMs <= 0) return latest.current(data, name);
      last = { data, name };
      timer ??= setTimeout(() => {
        timer = null;
        if (last) latest.current(last.data, last.name);
      }, waitMs);
    };
    const offs = [...names, 'resync' as const].map((n) => on(n, (d) => fire(d, n)));
    return () => {
      if (timer) clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [names.join(','), waitMs]);
}

/** A value that follows `value` once it has stopped changing for `waitMs`. */
export function useDebounced<T>(value: T, waitMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), waitMs);
    return () => clearTimeout(t);
  }, [value, waitMs]);
  return settled;
}

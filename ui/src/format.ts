/** Small formatting helpers shared by the views. */
import type { Address } from './wire';

// One formatter for the page: `toLocale…String` with options builds a new one on every call, which
// costs more than the rest of a list row's rendering.
let shortTime: Intl.DateTimeFormat | null = null;

export function time(iso: string | null | undefined): string {
  if (!iso) return '—';
  shortTime ??= new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  return shortTime.format(new Date(iso));
}

export function fullTime(iso: string | null | undefined): string {
  return iso ? new Date(iso).toISOString().replace('T', ' ').replace('Z', ' UTC') : '—';
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function ms(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`;
}

export function address(a: Address | null | undefined): string {
  if (!a) return '—';
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** A body as readable text: JSON pretty-printed, anything else as it is. */
export function pretty(body: string | null | undefined): string {
  if (body === null || body === undefined) return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** The colour class of an HTTP status. */
export function statusClass(status: number | null | undefined): string {
  if (!status) return 'st-none';
  if (status >= 500) return 'st-5';
  if (status >= 400) return 'st-4';
  if (status >= 300) return 'st-3';
  return 'st-2';
}

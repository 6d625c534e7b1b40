/**
 * The inbox timezone rule (contracts/gent.md §Timestamps): `received_at`/`sent_at` are local
 * date-times without offset in the inbox's `default_timezone`, or UTC with `Z` when none is set;
 * naive `after`/`before` filters are read in that timezone too.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsIn(ms: number, timeZone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms)))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC ISO with Z, or `YYYY-MM-DDTHH:mm:ss` in the timezone. */
export function inboxTime(ms: number | null, timeZone: string | null): string | null {
  if (ms === null) return null;
  if (!timeZone) return new Date(ms).toISOString();
  const p = partsIn(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** Milliseconds east of UTC that the timezone is at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const p = partsIn(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const NAIVE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * A time filter as Gent takes it ("any format"): epoch seconds, an ISO date-time with `Z` or an
 * offset, or a naive date / date-time read in `timeZone` (UTC when null). Null when unreadable.
 */
export function parseTimeFilter(value: string, timeZone: string | null): number | null {
  const text = value.trim();
  if (/^\d{1,12}$/.test(text)) return Number(text) * 1000;
  const naive = NAIVE.exec(text);
  if (naive) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = naive;
    const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    if (!Number.isFinite(wall) || new Date(wall).getUTCDate() !== Number(d)) return null;
    if (!timeZone) return wall;
    // Two passes settle the offset across a DST change.
    let guess = wall - offsetAt(wall, timeZone);
    guess = wall - offsetAt(guess, timeZone);
    return guess;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

/**
 * The UTC day a send counts against (sendsToday resets at 00:00 UTC): remembered between calls,
 * so it must follow the clock across midnight both ways (a virtual clock can be set back).
 */
import { describe, expect, it } from 'vitest';
import { effectiveSendsToday, utcDay } from '../../src/providers/agentsend/wire.js';

describe('utcDay', () => {
  it('changes exactly at 00:00 UTC, forwards and backwards', () => {
    const at = (iso: string): string => utcDay(new Date(iso));
    expect(at('2026-12-06T23:59:59.999Z')).toBe('2026-12-06');
    expect(at('2026-12-07T00:00:00.000Z')).toBe('2026-12-07');
    expect(at('2026-12-06T23:59:59.999Z')).toBe('2026-12-06');
    expect(at('2026-12-06T12:00:00+05:00')).toBe('2026-12-06');
    expect(at('1969-12-31T23:59:59.999Z')).toBe('1969-12-31');
    expect(at('1970-01-01T00:00:00.000Z')).toBe('1970-01-01');
  });

  it('reads a counter from an earlier day as 0', () => {
    const row = { sends_today: 7, sends_day: '2026-12-06' };
    expect(effectiveSendsToday(row, new Date('2026-12-06T23:00:00Z'))).toBe(7);
    expect(effectiveSendsToday(row, new Date('2026-12-07T00:00:00Z'))).toBe(0);
  });

  it('refuses an invalid date as before', () => {
    utcDay(new Date('2026-12-06T10:00:00Z'));
    expect(() => utcDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

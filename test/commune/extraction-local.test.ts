/** The local extractor on its own: one unreadable value costs only its own field. */
import { describe, expect, it } from 'vitest';
import { extractLocally } from '../../src/providers/commune/domain/extraction/local.js';

const schema = {
  type: 'object',
  properties: { order_id: { type: 'string' }, due_date: { type: 'string', format: 'date' } },
};
const email = (text: string) => ({
  from: { address: 'buyer@example.com', name: 'Buyer' },
  to: ['orders@commune.email'],
  subject: 'Order',
  text,
  html: null,
  date: '2026-11-22T10:00:00.000Z',
});

describe('the local extractor', () => {
  it('reads labelled values and dates', () => {
    const out = extractLocally({
      schema,
      name: 'order',
      email: email('Order id: A-1234\nDue date: 2026-12-01'),
      thread: [],
    } as never);
    expect(out).toMatchObject({ order_id: 'A-1234', due_date: '2026-12-01' });
  });

  it('drops a date that is not a real day, and keeps the fields that parsed', () => {
    for (const bad of ['2026-13-01', '2026-02-30']) {
      const out = extractLocally({
        schema,
        name: 'order',
        email: email(`Order id: A-1234\nDue date: ${bad}`),
        thread: [],
      } as never);
      expect(out.order_id, bad).toBe('A-1234');
      expect(out.due_date ?? null, bad).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { orderByTime } from './order-by-time';

const v = (id: string, publishedAt: string | null) => ({ id, outlet: null, publishedAt, paragraphs: [] });

describe('orderByTime', () => {
  it('orders by absolute published time, oldest first', () => {
    const order = orderByTime([v('late', '2026-11-27T10:00:00Z'), v('early', '2026-11-26T22:00:00Z'), v('mid', '2026-11-27T01:00:00+00:00')]);
    expect(order.map((x) => x.id)).toEqual(['early', 'mid', 'late']);
  });

  it('keeps undated and unreadable times in import order after the version before them', () => {
    const order = orderByTime([v('b', '2026-11-27T10:00:00Z'), v('undated', null), v('a', '2026-11-26T10:00:00Z'), v('junk', 'yesterday')]);
    expect(order.map((x) => x.id)).toEqual(['a', 'junk', 'b', 'undated']);
  });

  it('keeps import order for equal times and for no times at all', () => {
    expect(orderByTime([v('x', null), v('y', null), v('z', null)]).map((x) => x.id)).toEqual(['x', 'y', 'z']);
    const t = '2026-11-27T10:00:00Z';
    expect(orderByTime([v('p', t), v('q', t)]).map((x) => x.id)).toEqual(['p', 'q']);
  });
});

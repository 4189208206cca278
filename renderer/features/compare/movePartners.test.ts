import { describe, expect, it } from 'vitest';
import type { SideBySideRow } from '../../../shared/domain/diff';
import { moveLabel, movePartners } from './movePartners';

const row = (kind: SideBySideRow['kind'], change: number | null): SideBySideRow => ({ kind, change, old: [], new: [] });

describe('move partners', () => {
  const rows = [row('move-out', 0), row('same', null), row('insert', 1), row('move-in', 0)];
  it('pairs the two ends of each move and nothing else', () => {
    expect([...movePartners(rows)]).toEqual([
      [0, 3],
      [3, 0],
    ]);
  });
  it('says which way the other end lies', () => {
    const partners = movePartners(rows);
    expect(moveLabel(rows[0]!, 0, partners.get(0))).toBe('Moved to ↓');
    expect(moveLabel(rows[3]!, 3, partners.get(3))).toBe('Moved from ↑');
  });
});

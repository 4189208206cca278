import { describe, expect, it } from 'vitest';
import { comparePair } from './comparePair';

const version = (id: string, paragraphs: string[]) => ({ id, outlet: id, publishedAt: null, paragraphs });
const defaults = { ignoreWhitespace: true, ignoreTypography: true, ignoreCase: false };

describe('comparePair', () => {
  it('gives a verdict and no rows for texts that are not one story', () => {
    const a = version('a', [
      'The harbour bridge will close for six weeks of repairs from Monday, the port authority said.',
      'Ferries will run every twenty minutes instead, and the council has added two extra buses to the route.',
      'Engineers found cracks in two of the steel supports during an inspection in the spring.',
    ]);
    const b = version('b', [
      'Rain is expected across the north tomorrow, with snow on high ground and strong winds by evening.',
      'Forecasters warned drivers to allow extra time on mountain roads and to check for closures before leaving.',
      'Temperatures should rise again by the weekend, bringing a brief spell of sunshine to most areas.',
    ]);
    const { diff, rows } = comparePair(a, b, defaults);
    expect(diff.related).toBe(false);
    expect(rows).toEqual([]);
  });
  it('follows the case switch: a corrected capital is a change unless case is ignored', () => {
    const a = version('a', ['The Mayor opened the bridge on Monday. Crowds lined the quay to watch.']);
    const b = version('b', ['The mayor opened the bridge on Monday. Crowds lined the quay to watch.']);
    const strict = comparePair(a, b, defaults).diff;
    const lenient = comparePair(a, b, { ...defaults, ignoreCase: true }).diff;
    if (!strict.related || !lenient.related) throw new Error('expected related versions');
    expect(strict.counts.replacements).toBe(1);
    expect(lenient.changes).toEqual([]);
  });
  it('gives one side-by-side row per common sentence when nothing changed', () => {
    const a = version('a', ['One sentence here.', 'Another sentence there.']);
    const { rows } = comparePair(a, { ...a, id: 'b', paragraphs: ['One sentence here. Another sentence there.'] }, defaults);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'same']);
  });

  it('runs each diff under the budget it is given (Settings.diffBudgetMs), refusing one that is no budget', () => {
    const a = version('a', ['The bridge will close on Monday.']);
    expect(comparePair(a, a, { ...defaults, timeoutMs: 1200 }).diff.related).toBe(true);
    expect(() => comparePair(a, a, { ...defaults, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

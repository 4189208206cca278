import { describe, expect, it } from 'vitest';
import type { DraftFields } from '../../../shared/domain/draft';
import { fieldsWithItems, groupByRule, listStyleItems, type StyleItem } from './styleItems';

const UK = { quoteStyle: 'uk' } as const;
const FIELDS: DraftFields = { headline: 'Met\'s policy "unlawful"', standfirst: '', byline: 'By Dr. Jane Smith', dateline: 'LONDON' };

const textAt = (blocks: string[], item: StyleItem) => (item.target.kind === 'body' ? blocks[item.target.block]! : FIELDS[item.target.field]).slice(item.start, item.end);

describe('listStyleItems', () => {
  it('places each body suggestion in its block with offsets into that block', () => {
    const blocks = ['"First paragraph runs on.', '"Second  ends it," he said.', "It's  over."];
    const { items, complete } = listStyleItems(blocks, null, UK);
    expect(complete).toBe(true);
    expect(items.length).toBeGreaterThan(4);
    for (const item of items) expect(textAt(blocks, item)).toBe(item.found);
    expect(items.filter((item) => item.rule === 'double-spaces').map((item) => item.target)).toEqual([
      { kind: 'body', block: 1 },
      { kind: 'body', block: 2 },
    ]);
    expect(items.some((item) => item.rule === 'unbalanced-quotes')).toBe(false);
  });

  it('flags a quotation left open in the last block', () => {
    const { items } = listStyleItems(['Fine.', '"Never closed.'], null, UK);
    expect(items.map((item) => [item.rule, item.target])).toEqual([['unbalanced-quotes', { kind: 'body', block: 1 }]]);
  });

  it('checks the fields on their own, before the body', () => {
    const { items } = listStyleItems(['Body  text.'], FIELDS, UK);
    expect(items.map((item) => (item.target.kind === 'field' ? item.target.field : 'body'))).toEqual(['headline', 'headline', 'headline', 'byline', 'body']);
    for (const item of items) expect(textAt(['Body  text.'], item)).toBe(item.found);
  });

  it('shows a few whole words either side', () => {
    const [item] = listStyleItems(['The committee, which met on Tuesday , said the plan would go ahead next year.'], null, UK).items;
    expect(item).toMatchObject({ found: ' ', replacement: '' });
    expect(item!.before).toBe('which met on Tuesday');
    expect(item!.after).toBe(', said the plan would go');
  });

  it('keeps an ignore key while the text before the spot changes, and ids unique', () => {
    const a = listStyleItems(['Intro.', 'The minister said ... no.'], null, UK).items;
    const b = listStyleItems(['A much longer intro paragraph.', 'Then the minister said ... no.'], null, UK).items;
    expect(b.map((item) => item.ignoreKey)).toEqual(a.map((item) => item.ignoreKey));
    expect(a.map((item) => item.id)).not.toEqual(b.map((item) => item.id));
    const quoted = listStyleItems(["the 'fall short' plan"], null, UK).items;
    const nextQuoteApplied = listStyleItems(["the ‘fall short' plan"], null, UK).items;
    expect(nextQuoteApplied.at(-1)!.ignoreKey).toBe(quoted.at(-1)!.ignoreKey);
    const many = listStyleItems(['a  b  c', 'a  b'], null, UK).items;
    expect(new Set(many.map((item) => item.id)).size).toBe(many.length);
  });
});

describe('groupByRule', () => {
  it('groups in rule order with items in text order', () => {
    const { items } = listStyleItems(['a  b "c" d  e'], null, UK);
    const groups = groupByRule(items);
    expect(groups.map((group) => group.rule)).toEqual(['typographic-quotes', 'double-spaces']);
    expect(groups[1]!.items.map((item) => item.start)).toEqual([1, 10]);
  });
});

describe('fieldsWithItems', () => {
  it('applies field items to their fields in one pass', () => {
    const { items } = listStyleItems([], FIELDS, UK);
    expect(fieldsWithItems(FIELDS, items)).toEqual({ ...FIELDS, headline: 'Met’s policy ‘unlawful’', byline: 'By Dr Jane Smith' });
  });

  it('skips items whose field changed, and says when nothing changes', () => {
    const { items } = listStyleItems([], FIELDS, UK);
    expect(fieldsWithItems({ ...FIELDS, headline: 'Other', byline: 'By staff' }, items)).toBeNull();
  });
});

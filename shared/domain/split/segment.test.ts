import { describe, expect, it } from 'vitest';
import { classifyLines } from '../clean';
import { datelineOf } from './dateline';
import { pickHeadline } from './headline';
import { segmentArticles } from './segment';

const copy = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `The ${topic} committee discussed item ${i + 1} at length on Tuesday, members said.`).join('\n');

describe('segmentArticles', () => {
  it('joins runs of copy interrupted by furniture that carries no header', () => {
    const page = classifyLines(`Budget passes after late-night vote\n${copy(2, 'budget')}\nAdvertisement\nRead more: Other story here now\n${copy(2, 'finance')}`);
    const { spans } = segmentArticles(page);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.copy).toHaveLength(4);
  });

  it('starts a new article at a header with metadata', () => {
    const page = classifyLines(`First story headline goes here\nCity Wire · 2h\n${copy(2, 'budget')}\nSecond story headline goes here\nTown Post · 5h\n${copy(2, 'schools')}`);
    const { spans } = segmentArticles(page);
    expect(spans.map((s) => s.headline?.text)).toEqual(['First story headline goes here', 'Second story headline goes here']);
    expect(spans[0]!.end).toBe(spans[1]!.headerStart - 1);
  });

  it('starts a new article at a dateline or a repeated opening paragraph, even without a header', () => {
    const wires = classifyLines(`Budget passes after vote\nLONDON (Wire) - ${copy(2, 'budget')}\n\nSchools reopen next week\nPARIS (Wire) - ${copy(2, 'schools')}`);
    expect(segmentArticles(wires).spans.map((s) => s.headline?.text)).toEqual(['Budget passes after vote', 'Schools reopen next week']);
    const versions = classifyLines(`Budget passes\n${copy(2, 'budget')}\n\nBudget approved\n${copy(3, 'budget')}`);
    expect(segmentArticles(versions).spans.map((s) => s.copy.length)).toEqual([2, 3]);
  });

  it('keeps promo blocks out of every article', () => {
    const page = classifyLines(`A headline about the harbour\n${copy(3, 'harbour')}\nDOWNLOAD\nLike what you read? Download our app to get your news first.`);
    const { spans, dropped } = segmentArticles(page);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.copy).toHaveLength(3);
    expect([...dropped.values()]).toEqual(['call-to-action']);
  });

  it('drops a stray one-sentence block with its own header when there is a real article', () => {
    const page = classifyLines(`A headline about the harbour\nCity Wire · 2h\n${copy(3, 'harbour')}\nComments are open\nReader · 1h\nGreat article, thanks for writing it so clearly.`);
    const { spans, dropped } = segmentArticles(page);
    expect(spans).toHaveLength(1);
    expect([...dropped.values()]).toEqual(['stray-copy']);
    expect(segmentArticles(classifyLines('Short item here today\nA single sentence of copy.')).spans).toHaveLength(1);
  });
});

describe('pickHeadline', () => {
  it('prefers a repeated title line next to the metadata over section titles and promos', () => {
    const text = ['Related Articles', 'Try Our New Features', 'Mayor opens new bridge over river', 'Mayor opens new bridge over river', 'Town Post · 1h', copy(1, 'bridge')].join('\n');
    const page = classifyLines(text);
    expect(pickHeadline(page, 0, 5)?.text).toBe('Mayor opens new bridge over river');
    expect(pickHeadline(page, 0, 5)?.index).toBe(3);
  });

  it('finds no headline among fragments', () => {
    const page = classifyLines(`logo\nMenu\n${copy(1, 'x')}`);
    expect(pickHeadline(page, 0, 2)).toBeNull();
  });
});

describe('datelineOf', () => {
  it('reads wire datelines with agency and date', () => {
    expect(datelineOf('LONDON (Nordwire) — Ministers agreed.')).toBe('LONDON (Nordwire)');
    expect(datelineOf('NEW YORK, Nov 3 (Citywire) - Shares fell.')).toBe('NEW YORK, Nov 3 (Citywire)');
    expect(datelineOf('WASHINGTON — The Senate voted.')).toBe('WASHINGTON');
  });

  it('ignores sentences that merely start with a capitalised word', () => {
    expect(datelineOf('London - the capital - voted.')).toBeNull();
    expect(datelineOf('The EHRC said it - and others - objected.')).toBeNull();
  });
});

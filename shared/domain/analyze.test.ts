import { describe, expect, it } from 'vitest';
import { analyzePage, combineAnalyses } from './analyze';
import { fingerprint } from './fingerprint';

const options = { source: 'page.txt', importedAt: '2026-11-27T12:00:00.000Z' };
const body = (topic: string) =>
  [`The ${topic} plan was approved by the council on Monday evening.`, `Work on the ${topic} scheme will start in the spring, officials said.`].join('\n');

describe('analyzePage', () => {
  const page = ['logo', 'Bridge plan approved by council', 'City Wire · 3 hours ago', body('bridge'), 'Share this', '', 'Comments'].join('\n');
  const analysis = analyzePage(page, options);

  it('reads the header fields and derives the absolute time from the import time', () => {
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0]).toMatchObject({
      id: 'a0',
      source: 'page.txt',
      outlet: 'City Wire',
      headline: 'Bridge plan approved by council',
      published: '3 hours ago',
      publishedAt: '2026-11-27T09:00:00.000Z',
      paragraphSource: 'source',
    });
    expect(analysis.articles[0]!.fingerprint).toBe(fingerprint(analysis.articles[0]!.paragraphs));
  });

  it('records every removed line with its page line number and reason', () => {
    expect(analysis.removals).toEqual([
      { line: 1, text: 'logo', reason: 'fragment', article: 'a0' },
      { line: 3, text: 'City Wire · 3 hours ago', reason: 'metadata', article: 'a0' },
      { line: 6, text: 'Share this', reason: 'fragment', article: 'a0' },
      { line: 8, text: 'Comments', reason: 'fragment', article: 'a0' },
    ]);
    expect(analysis.articles[0]!.removed).toEqual(['logo', 'City Wire · 3 hours ago', 'Share this', 'Comments']);
  });

  it('says how many removed lines stood above the body, so a restored one goes back there', () => {
    expect(analysis.articles[0]!.removedBefore).toBe(2);
  });

  it('counts as "before" exactly the removed lines above each first paragraph, on a page of several articles', () => {
    const multi = [
      'Menu',
      'Bridge plan approved by council',
      'City Wire · 3 hours ago',
      body('bridge'),
      'Share this',
      'Library hours cut in budget',
      'Town Post · 5 hours ago',
      'By Ann Lee',
      body('library'),
      'Related articles',
    ].join('\n');
    const result = analyzePage(multi, options);
    const pageLines = multi.split('\n');
    expect(result.articles.length).toBeGreaterThan(1);
    for (const article of result.articles) {
      const firstLine = pageLines.indexOf(article.paragraphs[0]!.split('\n')[0]!) + 1;
      const above = (result.removals ?? []).filter((r) => r.article === article.id && r.line < firstLine).length;
      expect(article.removedBefore).toBe(above);
      expect(article.removed.length).toBeGreaterThanOrEqual(article.removedBefore!);
    }
  });

  it('finds nothing in a page of chrome, and keeps all of it as removed', () => {
    const empty = analyzePage('logo\nMenu\nSign in', options);
    expect(empty.articles).toEqual([]);
    expect(empty.stories).toEqual([]);
    expect(empty.boilerplate).toEqual(['logo', 'Menu', 'Sign in']);
  });
});

const pool = [
  'Swimmers staged a protest outside the leisure centre after managers confirmed the pool would shut in March.',
  'A petition against the closure has gathered more than 3,000 signatures in a week, its organisers say.',
].join('\n');

describe('combineAnalyses', () => {
  it('renumbers articles across pages and groups stories across them', () => {
    const first = analyzePage(`Bridge plan approved\nCity Wire · 2h\n${body('bridge')}`, { ...options, source: 'one.txt' });
    const second = analyzePage(`Council backs bridge\nTown Post · 1h\n${body('bridge')}\nPool to close\nTown Post · 4h\n${pool}`, {
      ...options,
      source: 'two.txt',
    });
    const combined = combineAnalyses([first, second]);
    expect(combined.articles.map((a) => [a.id, a.source])).toEqual([
      ['a0', 'one.txt'],
      ['a1', 'two.txt'],
      ['a2', 'two.txt'],
    ]);
    expect(combined.stories.map((s) => s.articles)).toEqual([['a0', 'a1'], ['a2']]);
    expect(combined.removals?.map((r) => r.article)).toEqual(['a0', 'a1', 'a2']);
  });
});

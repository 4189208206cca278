import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze';
import type { PageAnalysis } from './model/analysis';
import { foldForCompare, linesOf, splitSentences } from './text';

/**
 * Golden pages: each folder under __fixtures__/pages holds an invented page (input.txt) and what its
 * analysis must contain (expected.json). The invariants below run over every case and the real seed page.
 */

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, '__fixtures__', 'pages');
const seedPath = join(here, '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt');
const options = { source: 'page.txt', importedAt: '2026-11-27T12:00:00.000Z' };

interface ExpectedArticle {
  outlet?: string | null;
  headline?: string | null;
  published?: string | null;
  publishedAt?: string | null;
  byline?: string | null;
  dateline?: string | null;
  first_words: string;
  last_words: string;
  paragraphs: number;
  paragraphSource?: string;
}
interface Expected {
  articles: ExpectedArticle[];
  stories: number[][];
  removed: string[];
}

const cases = readdirSync(casesDir).sort();
const read = (name: string) => readFileSync(join(casesDir, name, 'input.txt'), 'utf8');
const pages: [string, string][] = [...cases.map((c): [string, string] => [c, read(c)]), ['seed daily8-met-lfr', readFileSync(seedPath, 'utf8')]];

const storyIndexes = (analysis: PageAnalysis) =>
  analysis.stories.map((s) => s.articles.map((id) => analysis.articles.findIndex((a) => a.id === id)));

describe.each(cases)('page %s', (name) => {
  const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8')) as Expected;
  const analysis = analyzePage(read(name), options);

  it('finds the expected articles with their fields', () => {
    expect(analysis.articles).toHaveLength(expected.articles.length);
    expected.articles.forEach((want, i) => {
      const got = analysis.articles[i]!;
      const body = got.paragraphs.join(' ');
      expect(body.startsWith(want.first_words), `article ${i} starts with "${want.first_words}"`).toBe(true);
      expect(body.endsWith(want.last_words), `article ${i} ends with "${want.last_words}"`).toBe(true);
      expect(got.paragraphs, `article ${i} paragraphs`).toHaveLength(want.paragraphs);
      for (const field of ['outlet', 'headline', 'published', 'publishedAt', 'byline', 'dateline', 'paragraphSource'] as const) {
        if (field in want) expect(got[field], `article ${i} ${field}`).toBe(want[field]);
      }
    });
  });

  it('groups the expected stories', () => {
    expect(storyIndexes(analysis)).toEqual(expected.stories);
  });

  it('removes the chrome and keeps it with the page', () => {
    for (const line of expected.removed) expect(analysis.boilerplate).toContain(line);
    if (expected.removed.length === 0) expect(analysis.boilerplate).toEqual([]);
    const removedKeys = new Set(analysis.boilerplate.map(foldForCompare));
    for (const a of analysis.articles) for (const p of a.paragraphs) expect(removedKeys.has(foldForCompare(p))).toBe(false);
  });
});

describe.each(pages)('invariants on %s', (_name, text) => {
  const analysis = analyzePage(text, options);

  it('gives the same analysis twice', () => {
    expect(analyzePage(text, options)).toEqual(analysis);
  });

  it('leaves no article empty', () => {
    expect(analysis.articles.length).toBeGreaterThan(0);
    for (const a of analysis.articles) {
      expect(a.paragraphs.length).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p.trim()).not.toBe('');
    }
  });

  it('changes nothing when an article is analysed again on its own (cleaning is idempotent)', () => {
    for (const a of analysis.articles) {
      const rendered = [a.headline, ...a.paragraphs].filter((x) => x !== null).join('\n\n');
      const again = analyzePage(rendered, options);
      expect(again.articles).toHaveLength(1);
      expect(again.articles[0]!.headline).toBe(a.headline);
      expect(again.articles[0]!.paragraphs).toEqual(a.paragraphs);
      expect(again.boilerplate).toEqual([]);
    }
  });

  it('accounts for every sentence: in an article, its headline, or the removed lines', () => {
    const bodies = analysis.articles.map((a) => foldForCompare(a.paragraphs.join(' ')));
    const kept = new Set([...analysis.boilerplate, ...analysis.articles.map((a) => a.headline ?? '')].map(foldForCompare));
    for (const line of linesOf(text).filter((l) => l !== '')) {
      if (kept.has(foldForCompare(line))) continue;
      for (const sentence of splitSentences(line)) {
        expect(bodies.some((b) => b.includes(foldForCompare(sentence))), `sentence "${sentence.slice(0, 60)}" is lost`).toBe(true);
      }
    }
  });

  it('attributes every removed line to the page once, in document order', () => {
    const lines = (analysis.removals ?? []).map((r) => r.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(new Set(lines).size).toBe(lines.length);
  });
});

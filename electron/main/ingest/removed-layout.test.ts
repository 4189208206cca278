import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../shared/domain/analyze';
import type { AnalyzedArticle, PageAnalysis } from '../../../shared/domain/model';
import { removedBeforeBody } from './removed-layout';

const article = (id: string, headline: string, paragraphs: string[], removed: string[]): AnalyzedArticle => ({
  id,
  source: 'page.txt',
  outlet: null,
  headline,
  published: null,
  publishedAt: null,
  byline: null,
  dateline: null,
  paragraphs,
  removed,
  fingerprint: `fp-${id}`,
});

describe('removedBeforeBody', () => {
  it('counts, per article, the removed lines above its first paragraph', () => {
    const text = ['Menu', 'First story', '2 hours ago', 'Body one starts here.', 'Share this', 'Second story', 'Body two.', 'Related'].join('\n');
    const analysis: PageAnalysis = {
      articles: [article('a0', 'First story', ['Body one starts here.'], ['2 hours ago', 'Share this']), article('a1', 'Second story', ['Body two.'], ['Related'])],
      stories: [],
      boilerplate: [],
      removals: [
        { line: 1, text: 'Menu', reason: 'outside-copy', article: null },
        { line: 3, text: '2 hours ago', reason: 'metadata', article: 'a0' },
        { line: 5, text: 'Share this', reason: 'call-to-action', article: 'a0' },
        { line: 8, text: 'Related', reason: 'outside-copy', article: 'a1' },
      ],
    };
    expect(removedBeforeBody(text, analysis)).toEqual({ a0: 1, a1: 0 });
  });

  it('never counts more lines than an article removed, on a real analysis', () => {
    const text = ['Home | News | Sport', '', 'Bridge plan approved after long debate', '', 'Councillors approved the bridge plan on Tuesday after a debate of six hours, officials said.', '', 'It will open next spring, the council said.'].join('\n');
    const analysis = analyzePage(text, { source: 'page.txt', importedAt: '2026-03-01T12:00:00.000Z' });
    const counts = removedBeforeBody(text, analysis);
    for (const a of analysis.articles) expect(counts[a.id]).toBeLessThanOrEqual(a.removed.length);
  });
});

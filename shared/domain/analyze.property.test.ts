import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, hostilePage, hostileText, MEGABYTE_RUNS, megabyteLine, runs } from './__fixtures__/arbitraries';
import { analyzePage, combineAnalyses } from './analyze';
import { groupArticles, groupTexts } from './group';
import { PageAnalysis, type AnalyzeOptions } from './model/analysis';
import { restoreParagraphs } from './paragraphs';
import { splitSentences } from './text';

// Page analysis and its steps on hostile pages: never throws, keeps its own contract (a valid PageAnalysis,
// every article in exactly one story), and gives the same answer twice.
const soak = process.env.COPYDESK_SOAK === '1';

/** What the CLI and the import pass (analyzeDocument): the file name and the import time. */
const OPTIONS: AnalyzeOptions = { source: 'page.txt', importedAt: '2026-11-27T12:00:00.000Z' };

/** The analysis's own invariants, whatever the page: its schema, and stories partitioning the articles. */
function expectWellFormed(analysis: PageAnalysis): void {
  expect(PageAnalysis.safeParse(analysis).success).toBe(true);
  const grouped = analysis.stories.flatMap((s) => s.articles).sort();
  expect(grouped).toEqual(analysis.articles.map((a) => a.id).sort());
  expect(typeof analysis.approximate).toBe('boolean');
}

/** A page a scraper could give: hostile lines around articles written as news copy. */
const mixedPage = fc
  .tuple(hostilePage(8), fc.array(article(), { maxLength: 3 }), hostilePage(8))
  .map(([before, articles, after]) => [before, ...articles.map((a) => [a.headline, ...a.paragraphs].join('\n\n')), after].join('\n\n'));

describe('page analysis on hostile pages', () => {
  it('never throws, and gives a well-formed analysis, the same twice', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePage(), mixedPage), (page) => {
        const analysis = analyzePage(page, OPTIONS);
        expectWellFormed(analysis);
        expect(analyzePage(page, OPTIONS)).toEqual(analysis);
      }),
      runs(60, soak),
    );
  });

  it('survives a line of about 1 MB', () => {
    fc.assert(
      fc.property(megabyteLine(), (page) => {
        expectWellFormed(analyzePage(page, OPTIONS));
      }),
      MEGABYTE_RUNS,
    );
  });

  it('combines analyses of several pages into one well-formed analysis', () => {
    fc.assert(
      fc.property(fc.array(mixedPage, { maxLength: 3 }), (pages) => {
        const combined = combineAnalyses(pages.map((page) => analyzePage(page, OPTIONS)));
        expectWellFormed(combined);
        expect(new Set(combined.articles.map((a) => a.id)).size).toBe(combined.articles.length);
      }),
      runs(20, soak),
    );
  });
});

describe('paragraph restoration', () => {
  it('never throws, and never loses or reorders a sentence', () => {
    const flattened = fc.oneof(hostileText(60), article().map((a) => a.paragraphs.join(' ')));
    const siblings = fc.array(fc.oneof(fc.array(hostileText(10), { maxLength: 6 }), article().map((a) => a.paragraphs)), { maxLength: 3 });
    fc.assert(
      fc.property(flattened, siblings, (text, others) => {
        const restored = restoreParagraphs([text], others);
        expect(restored.paragraphs.flatMap(splitSentences)).toEqual(splitSentences(text));
        expect(restoreParagraphs([text], others)).toEqual(restored);
      }),
      runs(100, soak),
    );
  });
});

describe('story grouping', () => {
  it('never throws, and puts every item in exactly one group, the same twice', () => {
    const items = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), text: fc.oneof(hostileText(30), article().map((a) => a.paragraphs.join('\n'))) }), {
      maxLength: 8,
      selector: (item) => item.id,
    });
    fc.assert(
      fc.property(items, (list) => {
        const groups = groupTexts(list);
        expect(groups.flat().sort()).toEqual(list.map((item) => item.id).sort());
        expect(groupTexts(list)).toEqual(groups);
      }),
      runs(100, soak),
    );
  });

  it('groups identical articles into one story', () => {
    fc.assert(
      fc.property(article(), (generated) => {
        const copy = (id: string) => ({ id, headline: generated.headline, paragraphs: generated.paragraphs });
        const stories = groupArticles([copy('a0'), copy('a1')]);
        expect(stories.map((s) => s.articles)).toEqual([['a0', 'a1']]);
      }),
      runs(30, soak),
    );
  });
});

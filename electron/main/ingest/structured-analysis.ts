import { fingerprint } from '../../../shared/domain/fingerprint';
import { groupArticles } from '../../../shared/domain/group';
import type { ExtractedArticle } from '../../../shared/domain/extract/types';
import type { AnalyzedArticle, PageAnalysis } from '../../../shared/domain/model';

/**
 * Articles a structured format (ninjs, NewsML-G2, NITF, Word, a single-article web page) states itself, in
 * the shape page analysis gives: nothing was removed, the paragraphs are the source's, and the articles of
 * one file are grouped on their copy like those of a page.
 */
export function analysisOfArticles(extracted: readonly ExtractedArticle[], source: string): PageAnalysis {
  const articles: AnalyzedArticle[] = extracted
    .filter((a) => a.paragraphs.length > 0)
    .map((a, i) => ({
      id: `a${i}`,
      source,
      outlet: a.outlet,
      headline: a.headline,
      published: a.published,
      publishedAt: a.publishedAt,
      byline: a.byline,
      dateline: a.dateline,
      paragraphs: a.paragraphs,
      removed: [],
      fingerprint: fingerprint(a.paragraphs),
      paragraphSource: 'source',
    }));
  return { articles, stories: groupArticles(articles), boilerplate: [], removals: [], approximate: false };
}

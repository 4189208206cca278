import { classifyLines, type LineInfo } from './clean';
import { fingerprint } from './fingerprint';
import { groupArticles } from './group';
import type { AnalyzedArticle, AnalyzedStory, AnalyzeOptions, PageAnalysis, RemovedLine } from './model/analysis';
import { restoreParagraphs } from './paragraphs';
import { datelineOf, headerFields, segmentArticles, type ArticleSpan } from './split';
import { resolvePublished } from './text';

/**
 * Page analysis, the pure ingest core: one page of text (pasted, scraped, or a wire file) → its articles with
 * outlet, headline, times, byline, dateline and paragraphs, the page chrome that was removed (with reasons),
 * and the stories the articles form.
 *
 * Steps: classify every line (clean/) → find runs of copy and their headers (split/) → read each header →
 * group the articles into stories on their copy (group/) → restore the paragraph breaks of flattened bodies,
 * following a sibling version of the same story where there is one (paragraphs/) → fingerprint.
 * Deterministic: the same text and options always give the same analysis.
 */

function removalReason(line: LineInfo, span: ArticleSpan, dropped: ReadonlyMap<number, string>): string {
  const reason = dropped.get(line.index);
  if (reason) return reason;
  if (line.meta) return 'metadata';
  if (span.headline && line.key === span.headline.key) return 'headline-copy';
  return line.chrome ?? 'outside-copy';
}

interface Draft {
  article: AnalyzedArticle;
  removals: RemovedLine[];
}

function draftArticle(
  page: readonly LineInfo[],
  span: ArticleSpan,
  dropped: ReadonlyMap<number, string>,
  id: string,
  options: AnalyzeOptions,
): Draft {
  const copy = new Set(span.copy);
  const header = page.slice(span.headerStart, span.bodyStart);
  const footer = page.slice(span.bodyEnd + 1, span.end + 1);
  const fields = headerFields(header, footer);
  const paragraphs = span.copy.map((i) => page[i]!.text);
  const removedLines = page.slice(span.start, span.end + 1).filter((l) => !l.blank && !copy.has(l.index) && l !== span.headline);
  const removals = removedLines.map((l) => ({ line: l.lineNumber, text: l.text, reason: removalReason(l, span, dropped), article: id }));
  // Lines removed from inside the body count as after it: restoring one appends it, never splits a paragraph.
  const bodyFirstLine = span.copy[0] ?? span.bodyStart;
  const article: AnalyzedArticle = {
    id,
    source: options.source,
    outlet: fields.outlet,
    headline: span.headline?.text ?? null,
    published: fields.published,
    publishedAt: fields.published === null ? null : resolvePublished(fields.published, options.importedAt),
    byline: fields.byline,
    dateline: paragraphs[0] === undefined ? null : datelineOf(paragraphs[0]),
    paragraphs,
    removed: removals.map((r) => r.text),
    removedBefore: removedLines.filter((l) => l.index < bodyFirstLine).length,
    fingerprint: fingerprint(paragraphs),
    paragraphSource: 'source',
  };
  return { article, removals };
}

/** Restores flattened bodies, each following the other versions of its story that kept their breaks. */
function restoreFlattened(articles: AnalyzedArticle[], stories: readonly AnalyzedStory[]): { articles: AnalyzedArticle[]; approximate: boolean } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let approximate = false;
  const restored = articles.map((article) => {
    const story = stories.find((s) => s.articles.includes(article.id));
    const siblings = (story?.articles ?? []).filter((id) => id !== article.id).map((id) => byId.get(id)!.paragraphs);
    const result = restoreParagraphs(article.paragraphs, siblings);
    approximate ||= result.approximate;
    if (result.method === 'source') return article;
    return { ...article, paragraphs: result.paragraphs, paragraphSource: result.method, fingerprint: fingerprint(result.paragraphs) };
  });
  return { articles: restored, approximate };
}

export function analyzePage(text: string, options: AnalyzeOptions): PageAnalysis {
  const page = classifyLines(text);
  const { spans, dropped } = segmentArticles(page);
  const drafts = spans.map((span, k) => draftArticle(page, span, dropped, `a${k}`, options));
  const leading = page
    .slice(0, spans[0]?.start ?? page.length)
    .filter((l) => !l.blank)
    .map((l) => ({ line: l.lineNumber, text: l.text, reason: dropped.get(l.index) ?? l.chrome ?? 'outside-copy', article: null }));
  const stories = groupArticles(drafts.map((d) => d.article));
  const { articles, approximate } = restoreFlattened(
    drafts.map((d) => d.article),
    stories,
  );
  const removals = [...leading, ...drafts.flatMap((d) => d.removals)];
  return { articles, stories, boilerplate: [...new Set(removals.map((r) => r.text))], removals, approximate };
}

/**
 * Analyses of several pages as one: articles of all pages in order with ids renumbered across them
 * ("a0", "a1", ...), and stories grouped across pages (versions of a story often come from different files).
 */
export function combineAnalyses(analyses: readonly PageAnalysis[]): PageAnalysis {
  let next = 0;
  const renamed = analyses.map((analysis) => {
    const ids = new Map(analysis.articles.map((a) => [a.id, `a${next++}`]));
    return {
      articles: analysis.articles.map((a) => ({ ...a, id: ids.get(a.id)! })),
      removals: (analysis.removals ?? []).map((r) => ({ ...r, article: r.article === null ? null : ids.get(r.article)! })),
      approximate: analysis.approximate ?? false,
    };
  });
  const articles = renamed.flatMap((r) => r.articles);
  const removals = renamed.flatMap((r) => r.removals);
  return {
    articles,
    stories: groupArticles(articles),
    boilerplate: [...new Set(removals.map((r) => r.text))],
    removals,
    approximate: renamed.some((r) => r.approximate),
  };
}

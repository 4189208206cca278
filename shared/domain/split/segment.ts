import type { LineInfo } from '../clean';
import { splitSentences, wordTokens } from '../text';
import { datelineOf } from './dateline';
import { headlineScore, pickHeadline } from './headline';
import { findProseRuns, type ProseRun } from './prose-runs';

// A repeated title line with no chrome penalty scores at least this (the repetition bonus).
const REPEATED_TITLE_SCORE = 3;

/** One article's share of the page, as line indices of the normalised page. */
export interface ArticleSpan {
  /** First line attributed to this article (for the first article, the top of the page). */
  start: number;
  /** First line of the headline/metadata block above the body. */
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
  /** Last line attributed to this article (chrome after the body up to the next header). */
  end: number;
  headline: LineInfo | null;
  /** Indices of the lines of copy. */
  copy: number[];
}

export interface Segmentation {
  spans: ArticleSpan[];
  /** Lines that read as copy but belong to no article, with the reason (promo block, stray sentence). */
  dropped: Map<number, string>;
}

/**
 * A new article needs its own header between the runs: a metadata line (time, byline, outlet) or a repeated
 * title line. Without one, the runs are one article interrupted by furniture ("Advertisement", a crosshead,
 * a "Read more" link), and they are joined.
 */
function hasOwnHeader(page: readonly LineInfo[], from: number, to: number): boolean {
  return page
    .slice(from, to)
    .some((l) => l.meta !== null || (l.repeats > 1 && headlineScore(l, page, from, to) >= REPEATED_TITLE_SCORE));
}

/**
 * Copy itself can open a new article even without a header: a wire dateline ("LONDON (Agency) —") only
 * starts a story, and an opening paragraph already printed in the previous article is a second version of it.
 */
function opensNewArticle(page: readonly LineInfo[], previous: readonly ProseRun[], run: ProseRun): boolean {
  const opening = page[run.first]!;
  if (datelineOf(opening.text) !== null) return true;
  return previous.some((r) => r.lines.some((i) => page[i]!.key === opening.key));
}

function startsNewArticle(page: readonly LineInfo[], previous: readonly ProseRun[], run: ProseRun): boolean {
  return hasOwnHeader(page, previous.at(-1)!.last + 1, run.first) || opensNewArticle(page, previous, run);
}

/** Fewer words than this in a single sentence is a stray line (a promo, a caption, a comment), not an article. */
const MIN_ARTICLE_WORDS = 30;

function isArticleSized(page: readonly LineInfo[], group: readonly ProseRun[]): boolean {
  const text = group.flatMap((r) => r.lines.map((i) => page[i]!.text)).join(' ');
  return splitSentences(text).length >= 2 || wordTokens(text).length >= MIN_ARTICLE_WORDS;
}

/** Walks up from the body over the header block: blank lines, metadata and copies of the headline. */
function headerStartOf(page: readonly LineInfo[], from: number, bodyStart: number, headline: LineInfo | null): number {
  const inHeader = (l: LineInfo) => l.blank || l.meta !== null || (headline !== null && l.key === headline.key);
  let start = bodyStart;
  while (start - 1 >= from && inHeader(page[start - 1]!)) start--;
  if (headline && headline.index < start) {
    start = headline.index;
    while (start - 1 >= from && inHeader(page[start - 1]!)) start--;
  }
  while (page[start]?.blank && start < bodyStart) start++;
  return start;
}

/** Splits a classified page into articles: runs of copy, joined or separated by the headers between them. */
export function segmentArticles(page: readonly LineInfo[]): Segmentation {
  const runs = findProseRuns(page);
  const dropped = new Map<number, string>();
  for (const run of runs.filter((r) => r.promo)) for (const i of run.lines) dropped.set(i, 'call-to-action');
  const joined: ProseRun[][] = [];
  for (const run of runs.filter((r) => !r.promo)) {
    const previous = joined.at(-1);
    if (previous && !startsNewArticle(page, previous, run)) previous.push(run);
    else joined.push([run]);
  }
  const groups = joined.filter((g) => isArticleSized(page, g));
  // A page of nothing but short items keeps them: there is no article to prefer.
  if (groups.length === 0) groups.push(...joined);
  for (const g of joined.filter((g) => !groups.includes(g))) for (const i of g.flatMap((r) => r.lines)) dropped.set(i, 'stray-copy');
  const spans: ArticleSpan[] = [];
  for (const [k, group] of groups.entries()) {
    const bodyStart = group[0]!.first;
    const from = k === 0 ? 0 : groups[k - 1]!.at(-1)!.last + 1;
    const headline = pickHeadline(page, from, bodyStart);
    const headerStart = headerStartOf(page, from, bodyStart, headline);
    const previous = spans.at(-1);
    if (previous) previous.end = headerStart - 1;
    spans.push({
      start: k === 0 ? 0 : headerStart,
      headerStart,
      bodyStart,
      bodyEnd: group.at(-1)!.last,
      end: page.length - 1,
      headline,
      copy: group.flatMap((r) => r.lines),
    });
  }
  return { spans, dropped };
}

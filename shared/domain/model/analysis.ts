/**
 * What page analysis makes of one imported page or wire file: its articles, cleaned, in document order,
 * grouped into stories, plus the page chrome it removed. This is also the CLI's `analyze --json` shape.
 */
export interface AnalyzedArticle {
  /** Stable within one analysis: "a0", "a1", ... in document order. */
  id: string;
  source: string;
  outlet: string | null;
  headline: string | null;
  /** As printed on the page. */
  published: string | null;
  /** Absolute ISO time when derivable from the print and the import time. */
  publishedAt: string | null;
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
  /** Lines removed as chrome inside this article's part of the page. */
  removed: string[];
}

export interface AnalyzedStory {
  id: string;
  headline: string | null;
  /** Article ids, in document order. */
  articles: string[];
}

export interface PageAnalysis {
  articles: AnalyzedArticle[];
  stories: AnalyzedStory[];
  /** Every line removed as page chrome, in document order, once each. */
  boilerplate: string[];
}

export interface AnalyzeOptions {
  /** File name or "clipboard": recorded on each article. */
  source: string;
  /** ISO time of the import, the anchor for relative times such as "2 hours ago". */
  importedAt: string;
}

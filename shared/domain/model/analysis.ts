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
  /** Content fingerprint of the paragraphs (see domain/fingerprint): the duplicate check on import. */
  fingerprint: string;
  /** Optional only so hand-made analyses (test fakes) need not fill it; analyzePage always sets it. Where the paragraph breaks come from: the page itself, a sibling version, or news-style rules. */
  paragraphSource?: 'source' | 'sibling' | 'news-style';
}

/** One removed line with the reason, so the editor can show why it went and put it back. */
export interface RemovedLine {
  /** 1-based line number in the page (after line-ending normalisation). */
  line: number;
  text: string;
  /** Id of the rule that removed it ("metadata", "repeated", "call-to-action", ...). */
  reason: string;
  /** The article whose part of the page held it. */
  article: string | null;
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
  /** Every removed line occurrence with its reason (always set by analyzePage), in document order. */
  removals?: RemovedLine[];
  /** True when a budget cut some comparison short (always set by analyzePage). */
  approximate?: boolean;
}

export interface AnalyzeOptions {
  /** File name or "clipboard": recorded on each article. */
  source: string;
  /** ISO time of the import, the anchor for relative times such as "2 hours ago". */
  importedAt: string;
}

import { z } from 'zod';
import { ParagraphSource, WireCopy } from './copy';

/**
 * What page analysis makes of one imported page or wire file: its articles, cleaned, in document order,
 * grouped into stories, plus the page chrome it removed. This is also the CLI's `analyze --json` shape and
 * the clipboard preview's (import.preview), hence schemas rather than bare interfaces.
 */

/** The fields any source can state about an article (see WireCopy for their meaning). */
export const ArticleFields = WireCopy.pick({
  outlet: true,
  headline: true,
  published: true,
  publishedAt: true,
  byline: true,
  dateline: true,
  paragraphs: true,
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const AnalyzedArticle = ArticleFields.extend({
  /** Stable within one analysis: "a0", "a1", ... in document order. */
  id: z.string(),
  source: z.string(),
  /** Lines removed as chrome inside this article's part of the page. */
  removed: z.array(z.string()),
  /**
   * How many of the first `removed` lines stood above the body on the page (the rest stood below it or
   * inside it), so that restoring one puts it back at the top or the bottom. Optional because structured
   * formats and hand-made analyses remove nothing; analyzePage always sets it.
   */
  removedBefore: z.number().int().min(0).optional(),
  /** Content fingerprint of the paragraphs (see domain/fingerprint): the duplicate check on import. */
  fingerprint: z.string(),
  /**
   * Where the paragraph breaks come from: the page itself, a sibling version, or news-style rules. Optional
   * only so hand-made analyses (test fakes) need not fill it; analyzePage always sets it.
   */
  paragraphSource: ParagraphSource.optional(),
});
export type AnalyzedArticle = z.infer<typeof AnalyzedArticle>;

/** One removed line with the reason, so the editor can show why it went and put it back. */
export const RemovedLine = z.object({
  /** 1-based line number in the page (after line-ending normalisation). */
  line: z.number().int(),
  text: z.string(),
  /** Id of the rule that removed it ("metadata", "repeated", "call-to-action", ...). */
  reason: z.string(),
  /** The article whose part of the page held it. */
  article: z.string().nullable(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const AnalyzedStory = z.object({
  id: z.string(),
  headline: z.string().nullable(),
  /** Article ids, in document order. */
  articles: z.array(z.string()),
});
export type AnalyzedStory = z.infer<typeof AnalyzedStory>;

export const PageAnalysis = z.object({
  articles: z.array(AnalyzedArticle),
  stories: z.array(AnalyzedStory),
  /** Every line removed as page chrome, in document order, once each. */
  boilerplate: z.array(z.string()),
  /** Every removed line occurrence with its reason (always set by analyzePage), in document order. */
  removals: z.array(RemovedLine).optional(),
  /** True when a budget cut some comparison short (always set by analyzePage). */
  approximate: z.boolean().optional(),
});
export type PageAnalysis = z.infer<typeof PageAnalysis>;

export interface AnalyzeOptions {
  /** File name or "clipboard": recorded on each article. */
  source: string;
  /** ISO time of the import, the anchor for relative times such as "2 hours ago". */
  importedAt: string;
}

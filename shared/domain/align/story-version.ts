/**
 * What comparison needs of one version of a story. Both AnalyzedArticle and the stored WireCopy fit it, so
 * the Compare tab, the CLI and tests pass them as they are.
 */
export interface StoryVersion {
  id: string;
  outlet: string | null;
  /** Absolute ISO time, or null when only a relative or no time was printed. */
  publishedAt: string | null;
  paragraphs: readonly string[];
}

import type { DraftArticle } from '../draft';

/** One copy the exported article was derived from. */
export interface ExportSource { copyId: string; outlet: string | null; headline: string | null; publishedAt: string | null; url: string | null }

export interface ExportMeta {
  /** Stable id of the exported item (the draft id) and its revision, for feeds that version items. */
  id: string; revision: number;
  /** BCP 47, e.g. 'en-GB'. */
  language: string;
  /** When the merge was exported (ISO 8601 with zone); exporters never read the clock themselves. */
  exportedAt: string;
  /** The copies the article was derived from, oldest first. */
  sources: ExportSource[];
  /** Whether text formats add a "Sources: …" credits line (structured formats always carry the sources). */
  credits: boolean;
}

export interface ExportInput { article: DraftArticle; meta: ExportMeta }

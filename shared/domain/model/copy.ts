import { z } from 'zod';

/** Where a copy came from and how it was read: shown in the inspector and kept for re-imports. */
export const CopyOrigin = z.object({
  /** File name, "clipboard" or "sample:<name>". Never a full path from another machine. */
  source: z.string(),
  /** Format the importer recognised (text, markdown, html, docx, ninjs, newsml-g2, nitf). */
  format: z.string(),
  /** Position of this article inside its source page (0-based), for pages holding several. */
  index: z.number().int().min(0),
});
export type CopyOrigin = z.infer<typeof CopyOrigin>;

/**
 * Where a copy's paragraph breaks came from: its own page, a sibling version of the same story, or news-style
 * rules guessing them for copy scraped flat. Merging follows a version whose breaks are its own.
 */
export const ParagraphSource = z.enum(['source', 'sibling', 'news-style']);
export type ParagraphSource = z.infer<typeof ParagraphSource>;

/** One outlet's version of one article, cleaned. The unit the library lists and stories group. */
export const WireCopy = z.object({
  id: z.string().min(1),
  /** Content fingerprint, insensitive to whitespace and quote style: the duplicate check. */
  fingerprint: z.string().min(1),
  origin: CopyOrigin,
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  /** Published time exactly as printed ("14 hours ago", "27 Nov 2026 09:14"). */
  published: z.string().nullable(),
  /** Absolute ISO time when it could be derived (relative times are taken from importedAt). */
  publishedAt: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  paragraphs: z.array(z.string()),
  /** Absent on copies stored before it was recorded: they count as their own, as before. */
  paragraphSource: ParagraphSource.optional(),
  /** Page chrome removed while cleaning, kept so the editor can see and restore it. */
  removed: z.array(z.string()),
  importedAt: z.string(),
  storyId: z.string().nullable(),
});
export type WireCopy = z.infer<typeof WireCopy>;

/** What lists need of a copy: everything but the body and the removed lines. */
export const CopySummary = WireCopy.omit({ paragraphs: true, removed: true, paragraphSource: true }).extend({
  /** First words of the body, for the library row. */
  snippet: z.string(),
  wordCount: z.number().int().min(0),
});
export type CopySummary = z.infer<typeof CopySummary>;

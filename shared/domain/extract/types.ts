import type { ArticleFields } from '../model/analysis';

/**
 * What import extraction makes of one file. Formats that carry their own structure (wire formats, a single
 * article page, a Word file) arrive as articles; loose text (plain, Markdown, a listing page) arrives as
 * text for page analysis, which finds the articles itself.
 */

/** One article as its source states it; nothing is cleaned or inferred beyond reading the format. */
export type ExtractedArticle = ArticleFields;

export type TextFormat = 'text' | 'markdown' | 'html-page';
export type StructuredFormat = 'ninjs' | 'newsml-g2' | 'nitf' | 'html' | 'docx';

export type Extracted =
  /** One block per line, blank lines between blocks where the source had them: input for analyzePage. */
  | { format: TextFormat; text: string }
  | { format: StructuredFormat; articles: ExtractedArticle[] };

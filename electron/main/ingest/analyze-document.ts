import { analyzePage } from '../../../shared/domain/analyze';
import type { PageAnalysis } from '../../../shared/domain/model';
import { extractDocument, type ImportedBytes } from './extract';
import { analysisOfArticles } from './structured-analysis';

export interface ReadOptions {
  /** The import size limit (Settings.maxImportBytes). */
  maxBytes: number;
  /** ISO time of the import, the anchor for relative published times. */
  importedAt: string;
}

/** One imported file, read and analysed: what the import pipeline commits and the CLI prints. */
export interface DocumentAnalysis {
  /** The format the reader recognised (text, markdown, html-page, html, docx, ninjs, newsml-g2, nitf). */
  format: string;
  analysis: PageAnalysis;
}

/**
 * Any file Copydesk reads, as articles: structured formats as they state them, loose text (plain, Markdown,
 * listing pages) through page analysis. Throws an Error whose message names the file and the problem.
 */
export async function analyzeDocument(file: ImportedBytes, options: ReadOptions): Promise<DocumentAnalysis> {
  const extracted = await extractDocument(file, { maxBytes: options.maxBytes });
  if ('articles' in extracted) return { format: extracted.format, analysis: analysisOfArticles(extracted.articles, file.name) };
  return { format: extracted.format, analysis: analyzePage(extracted.text, { source: file.name, importedAt: options.importedAt }) };
}

import type { ExportedFile, ExportFormat } from '../../../shared/api/contract';
import { parseDraftDocument, readDraftArticle, type DraftArticle } from '../../../shared/domain/draft';
import { exportFormat, type ExportMeta, type ExportSource } from '../../../shared/domain/export';
import type { Draft, QuoteStyle } from '../../../shared/domain/model';

/** Longest file name stem: leaves room for the extension and a " (2)" within every file system's 255. */
const MAX_STEM = 80;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name safe on Windows, macOS and Linux, made from a title; "draft" when nothing usable is left. */
export function safeFilename(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[ .]+$/, '');
  const usable = stem === '' || WINDOWS_RESERVED.test(stem) ? `draft${stem ? `-${stem}` : ''}` : stem;
  return `${usable}.${extension}`;
}

/**
 * A draft saved before drafts were documents (content not in the draft format: a prototype store's
 * migrated drafts) still exports: its title and the non-empty lines of its plain text, as paragraphs.
 */
function plainArticle(draft: Draft): DraftArticle {
  const lines = draft.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const body = lines[0] === draft.title.trim() ? lines.slice(1) : lines;
  return {
    fields: { headline: draft.title.trim(), standfirst: '', byline: '', dateline: '' },
    blocks: body.map((text) => ({ kind: 'paragraph' as const, runs: [{ text, bold: false, italic: false, link: null }] })),
  };
}

export interface DraftExportContext {
  quoteStyle: QuoteStyle;
  now: Date;
  /** What the store still knows of a source copy (its headline), by id. */
  sourceHeadline: (copyId: string) => string | null;
}

/** The draft's article and what an exporter must know about it: id, revision, language, time, sources. */
function exportInput(draft: Draft, context: DraftExportContext): { article: DraftArticle; meta: ExportMeta } {
  const parsed = parseDraftDocument(draft.content);
  const article = parsed.ok ? readDraftArticle(parsed.document) : plainArticle(draft);
  const versions = parsed.ok ? (parsed.document.merge?.versions ?? []) : [];
  const sources: ExportSource[] = versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: context.sourceHeadline(v.id), publishedAt: v.publishedAt, url: null }));
  const meta: ExportMeta = {
    id: draft.id,
    revision: draft.revision,
    // The house style's English is the article's: UK quotes, UK spelling.
    language: context.quoteStyle === 'us' ? 'en-US' : 'en-GB',
    exportedAt: context.now.toISOString(),
    sources,
    credits: false,
  };
  return { article, meta };
}

/** A draft as a file in one of the export formats (the one table the CLI uses too). */
export function exportDraft(draft: Draft, format: ExportFormat, context: DraftExportContext): ExportedFile {
  const input = exportInput(draft, context);
  const title = input.article.fields.headline || draft.title.trim() || 'Untitled draft';
  const { extension, mime, exporter } = exportFormat(format)!;
  return { filename: safeFilename(title, extension), mime, content: exporter(input) };
}

import type { ExportCheckReport, ExportedFile } from '../../../shared/api/contract';
import { parseDraftDocument, readDraftArticle, type DraftArticle, type DraftDocumentParse } from '../../../shared/domain/draft';
import { checkExport, checkReport, exportFilename, exportFormat, renderExport, type ExportInput, type ExportSource } from '../../../shared/domain/export';
import type { Draft, ExportFormat, QuoteStyle } from '../../../shared/domain/model';

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

/** The article the draft holds now, as every export format and the export check read it. */
function draftArticle(draft: Draft, parsed: DraftDocumentParse = parseDraftDocument(draft.content)): DraftArticle {
  return parsed.ok ? readDraftArticle(parsed.document) : plainArticle(draft);
}

export interface DraftExportContext {
  quoteStyle: QuoteStyle;
  /** The export time (exporters never read the clock). */
  now: Date;
  /** What the store still knows of a source copy (its headline), by id. */
  sourceHeadline: (copyId: string) => string | null;
  /** Text formats add a "Sources:" credits line. */
  credits?: boolean;
}

/** The draft's article and what an exporter must know about it: id, revision, language, time, sources. */
export function draftExportInput(draft: Draft, context: DraftExportContext): ExportInput {
  const parsed = parseDraftDocument(draft.content);
  const versions = parsed.ok ? (parsed.document.merge?.versions ?? []) : [];
  const sources: ExportSource[] = versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: context.sourceHeadline(v.id), publishedAt: v.publishedAt, url: null }));
  return {
    article: draftArticle(draft, parsed),
    meta: {
      id: draft.id,
      revision: draft.revision,
      // The house style's English is the article's: UK quotes, UK spelling.
      language: context.quoteStyle === 'us' ? 'en-US' : 'en-GB',
      exportedAt: context.now.toISOString(),
      sources,
      credits: context.credits ?? false,
    },
  };
}

/** A draft rendered for writing: the file name from its headline, and its bytes (and its text, for text formats). */
export interface RenderedDraft {
  filename: string;
  mime: string;
  bytes: Uint8Array;
  text: string | null;
}

export async function renderDraft(draft: Draft, format: ExportFormat, context: DraftExportContext): Promise<RenderedDraft> {
  const input = draftExportInput(draft, context);
  const filename = exportFilename(input.article.fields.headline.trim() || draft.title, format);
  const { mime } = exportFormat(format)!;
  const output = await renderExport(format, input);
  if (output.kind === 'binary') return { filename, mime, bytes: output.bytes, text: null };
  return { filename, mime, bytes: new TextEncoder().encode(output.text), text: output.text };
}

/** export.draft: the file in memory (preview, clipboard, the twin's download); Word's bytes come base64. */
export async function exportDraft(draft: Draft, format: ExportFormat, context: DraftExportContext): Promise<ExportedFile> {
  const { filename, mime, bytes, text } = await renderDraft(draft, format, context);
  return text === null
    ? { filename, mime, encoding: 'base64', content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
    : { filename, mime, encoding: 'utf8', content: text };
}

/** export.check: the export check of the draft's current text, as the editor's list. */
export function checkDraft(draft: Draft, quoteStyle: QuoteStyle): ExportCheckReport {
  const article = draftArticle(draft);
  return checkReport(article, checkExport(article, { quoteStyle }));
}

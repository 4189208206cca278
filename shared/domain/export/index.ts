/**
 * Exporting a draft's article in the formats the desk sends on, and the check that runs before it leaves.
 * Pure and deterministic: exporters never read the clock or the store (ExportMeta brings the time, ids and
 * sources), escape everything they write, and drop links that are not http(s) or mailto to their words.
 *
 * API
 * - ExportInput { article: DraftArticle (domain/draft readDraftArticle), meta: ExportMeta { id, revision,
 *   language (BCP 47), exportedAt (ISO 8601 with zone), sources (ExportSource, oldest first), credits } }.
 * - Exporters, each (input) → the file's text, ending with a newline:
 *   - toText: UTF-8 headline, standfirst, byline, dateline, blocks separated by blank lines, "- " / "1. " list
 *     items, the "Sources: Outlet, Outlet" line when meta.credits.
 *   - toMarkdown: CommonMark with every character of the copy escaped (domain/text escapeMarkdown); "##" sub-heads, "> " quotes, lists, **bold**, *italic*, links.
 *   - toHtml(input, { stylesheet? }): a standalone HTML5 document (lang, charset, title, header with h1,
 *     p.standfirst, p.byline, p.dateline; h2, p, blockquote, ul/ol; strong, em, a), no inline styles, the
 *     sources as a footer list when meta.credits, an optional small <style> block.
 *   - toNinjs (ninjs 3.1), toNinjs1 (ninjs 1.x), toNewsml (NewsML-G2 newsItem), toNitf (NITF 3.6): the feed
 *     formats, which always carry the sources (see each file).
 *   - toDocx (Word .docx through the docx library, async, bytes): Title, styled standfirst/byline/dateline,
 *     Heading 2, Quote, real lists, bold/italic, safe links, credits, core properties; the same bytes for the
 *     same input (link ids numbered, zip and document dates pinned to meta.exportedAt).
 * - EXPORT_FORMATS: the one table of formats (id, label, extension, mime, render) the CLI, services and UI
 *   share, in EXPORT_FORMAT_IDS order; exportFormat(id) finds one. renderExport(format, input) →
 *   Promise<ExportOutput>: { kind: 'text', text } for every format, { kind: 'binary', bytes } for docx.
 * - exportFilename(headline, format): the headline slug (headlineSlug: lower case, letters and digits of any
 *   script joined by "-", Latin accents folded, ≤ 80 chars, never a Windows device name, "untitled" when empty)
 *   + the format's own extension (txt, md, html, docx, ninjs.json, ninjs1.json, newsml.xml, nitf.xml);
 *   numberedFilename(filename, n) → "slug-n.ext".
 * - checkExport(article, { quoteStyle }, maxChars?) → { problems, complete }: ExportProblem { kind, message,
 *   field | block, start, end, fix (replacement for start..end, or null: the editor decides) } for invisible,
 *   control and tab characters, soft hyphens, stray non-breaking spaces (those before units, inside numbers,
 *   after titles and in French punctuation stay), empty paragraphs, leftover page chrome (domain/clean's
 *   content rules plus obvious furniture: "Advertisement", "Read more", "Sign up", cookie notices), and the
 *   house-style check (domain/style) with unbalanced quotes and doubled spaces named as such. Budgeted by
 *   MAX_EXPORT_CHECK_CHARS; `complete` false when the article was longer.
 * - checkReport(article, check) → ExportCheckReport (the contract's shape): ExportIssue { id (stable while the
 *   kind, place and covered text are), kind, message, where ("Headline", "Paragraph 3"), excerpt, fixable }.
 * - fixDraftDocument(document, ids | 'all', { quoteStyle }) → { document, fixed, left, complete }: the check's
 *   own fixes made in the draft document (fields and the body's text nodes; passages and run formats kept,
 *   blocks left blank removed); what has no fix or cannot be made without changing a format is left.
 */
export type { ExportInput, ExportMeta, ExportSource } from './types';
export { toText } from './to-text';
export { toMarkdown } from './to-markdown';
export { toHtml, type HtmlOptions } from './to-html';
export { toNinjs } from './to-ninjs';
export { toNinjs1 } from './to-ninjs1';
export { toNewsml } from './to-newsml';
export { toNitf } from './to-nitf';
export { toDocx } from './to-docx';
export { EXPORT_FORMATS, exportFormat, renderExport, type ExportFormatId, type ExportFormatInfo, type ExportOutput } from './export-formats';
export { exportFilename, headlineSlug, numberedFilename } from './export-filename';
export { checkExport, MAX_EXPORT_CHECK_CHARS } from './check-export';
export { checkReport } from './check-report';
export { fixDraftDocument, type DraftFix } from './fix-export';
export type { ExportCheck, ExportCheckReport, ExportIssue, ExportProblem, ExportProblemKind } from './check-types';

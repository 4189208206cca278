import type { ExportFormat } from '../model';
import { toDocx } from './to-docx';
import { toHtml } from './to-html';
import { toMarkdown } from './to-markdown';
import { toNewsml } from './to-newsml';
import { toNinjs } from './to-ninjs';
import { toNinjs1 } from './to-ninjs1';
import { toNitf } from './to-nitf';
import { toText } from './to-text';
import type { ExportInput } from './types';

export type ExportFormatId = ExportFormat;

/** A rendered export: the file's text, or its bytes for binary formats (Word). */
export type ExportOutput = { kind: 'text'; text: string } | { kind: 'binary'; bytes: Uint8Array };

/** One format the desk sends on: how it is named to the editor, the file it makes, and how it is rendered. */
export interface ExportFormatInfo {
  id: ExportFormatId;
  label: string;
  /** Unique per format (two JSON or XML formats must not overwrite each other's files in one folder). */
  extension: string;
  mime: string;
  render: (input: ExportInput) => Promise<ExportOutput>;
}

const text =
  (exporter: (input: ExportInput) => string) =>
  (input: ExportInput): Promise<ExportOutput> =>
    Promise.resolve({ kind: 'text', text: exporter(input) });

const binary = async (input: ExportInput): Promise<ExportOutput> => ({ kind: 'binary', bytes: await toDocx(input) });

/**
 * The one table of export formats, in the contract's order (EXPORT_FORMAT_IDS), so the CLI, the services and the
 * export dialog cannot disagree on a format's name, extension or exporter.
 */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'txt', label: 'Plain text', extension: 'txt', mime: 'text/plain;charset=utf-8', render: text(toText) },
  { id: 'md', label: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', render: text(toMarkdown) },
  { id: 'html', label: 'HTML document', extension: 'html', mime: 'text/html;charset=utf-8', render: text((input) => toHtml(input)) },
  { id: 'docx', label: 'Word document (.docx)', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: binary },
  { id: 'ninjs', label: 'ninjs 3.1 (JSON)', extension: 'ninjs.json', mime: 'application/json', render: text(toNinjs) },
  { id: 'ninjs1', label: 'ninjs 1.x (JSON)', extension: 'ninjs1.json', mime: 'application/json', render: text(toNinjs1) },
  { id: 'newsml', label: 'NewsML-G2 newsItem', extension: 'newsml.xml', mime: 'application/vnd.iptc.g2.newsitem+xml', render: text(toNewsml) },
  { id: 'nitf', label: 'NITF 3.6', extension: 'nitf.xml', mime: 'application/xml', render: text(toNitf) },
];

/** The format with this id, or undefined when Copydesk cannot export it (any string: CLI flags come unchecked). */
export function exportFormat(id: string): ExportFormatInfo | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The article rendered in one format: text for every format but Word's, whose .docx comes as bytes. */
export function renderExport(format: ExportFormatId, input: ExportInput): Promise<ExportOutput> {
  const info = exportFormat(format);
  if (!info) return Promise.reject(new Error(`not an export format: ${format}`));
  return info.render(input);
}

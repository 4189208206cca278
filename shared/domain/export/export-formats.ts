import { toHtml } from './to-html';
import { toMarkdown } from './to-markdown';
import { toNewsml } from './to-newsml';
import { toNinjs } from './to-ninjs';
import { toNinjs1 } from './to-ninjs1';
import { toNitf } from './to-nitf';
import { toText } from './to-text';
import type { ExportInput } from './types';

/** One format the desk sends on: how it is named to the editor, the file it makes, and its exporter. */
export interface ExportFormatInfo {
  id: string;
  label: string;
  extension: string;
  mime: string;
  exporter: (input: ExportInput) => string;
}

/**
 * The one table of export formats, so the CLI, the services and the export dialog cannot disagree on a
 * format's name, extension or exporter.
 */
export const EXPORT_FORMATS = [
  { id: 'txt', label: 'Plain text', extension: 'txt', mime: 'text/plain;charset=utf-8', exporter: toText },
  { id: 'md', label: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', exporter: toMarkdown },
  { id: 'html', label: 'HTML document', extension: 'html', mime: 'text/html;charset=utf-8', exporter: (input: ExportInput) => toHtml(input) },
  { id: 'ninjs', label: 'ninjs 3.1 (JSON)', extension: 'json', mime: 'application/json', exporter: toNinjs },
  { id: 'ninjs1', label: 'ninjs 1.x (JSON)', extension: 'json', mime: 'application/json', exporter: toNinjs1 },
  { id: 'newsml', label: 'NewsML-G2 newsItem', extension: 'xml', mime: 'application/vnd.iptc.g2.newsitem+xml', exporter: toNewsml },
  { id: 'nitf', label: 'NITF 3.6', extension: 'xml', mime: 'application/xml', exporter: toNitf },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/** The format with this id, or undefined when Copydesk cannot (yet) export it. */
export function exportFormat(id: string): ExportFormatInfo | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

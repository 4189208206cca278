import { EXPORT_FORMAT_IDS, type ExportFormat } from '../../../shared/domain/model';

/**
 * The formats as the dialogs name them. The names live here rather than being read from the exporters' table
 * (shared/domain/export EXPORT_FORMATS) because importing that table would bundle every exporter, the Word
 * writer included, into the page; formatLabels.test.ts holds the two to the same words.
 */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'HTML document',
  docx: 'Word document (.docx)',
  ninjs: 'ninjs 3.1 (JSON)',
  ninjs1: 'ninjs 1.x (JSON)',
  newsml: 'NewsML-G2 newsItem',
  nitf: 'NITF 3.6',
};

export const FORMAT_CHOICES: readonly { value: ExportFormat; label: string }[] = EXPORT_FORMAT_IDS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

/** Formats whose export.draft content is the file's text (every one but Word's). */
export const isTextFormat = (format: ExportFormat): boolean => format !== 'docx';

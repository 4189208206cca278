import type { ExportBatchReport, ImportReport } from '../../shared/api/contract';

/** A desktop notification's text. */
export interface Notice {
  title: string;
  body: string;
}

/** An import this long is worth a notification; a short one is over before the user looks away. */
export const LONG_IMPORT = { files: 10, ms: 5_000 } as const;

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
const extras = (parts: (string | null)[]): string => {
  const present = parts.filter((part): part is string => part !== null);
  return present.length > 0 ? ` (${present.join(', ')})` : '';
};

/**
 * The notification for a finished import, or null when the import was short. Counted in files (one
 * scraped page may give many copies): those read, whether new or already stored, and those that failed.
 */
export function importNotice(report: ImportReport, elapsedMs: number): Notice | null {
  const read = new Set([...report.imported.map((copy) => copy.origin.source), ...report.duplicates.map((d) => d.source)]).size;
  const failed = new Set(report.failed.map((f) => f.source)).size;
  if (read + failed < LONG_IMPORT.files && elapsedMs < LONG_IMPORT.ms) return null;
  return {
    title: report.cancelled ? 'Import cancelled' : 'Import finished',
    body: `Imported ${plural(read, 'file')}${extras([failed > 0 ? `${failed.toLocaleString('en')} failed` : null, report.skipped > 0 ? `${report.skipped.toLocaleString('en')} skipped` : null])}`,
  };
}

/** The notification for a finished batch export: always worth one, since a batch is many files. */
export function exportNotice(report: ExportBatchReport, folder: string): Notice {
  return {
    title: report.cancelled ? 'Export cancelled' : 'Export finished',
    body: `Exported ${plural(report.written.length, 'file')} to ${folder}${extras([
      report.failed.length > 0 ? `${report.failed.length.toLocaleString('en')} failed` : null,
      report.skipped.length > 0 ? `${report.skipped.length.toLocaleString('en')} skipped` : null,
    ])}`,
  };
}

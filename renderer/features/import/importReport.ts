import type { ImportReport } from '../../../shared/api/contract';

export const emptyReport = (): ImportReport => ({ imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0 });

export const isEmptyReport = (report: ImportReport): boolean =>
  report.imported.length === 0 && report.duplicates.length === 0 && report.failed.length === 0;

/** One report for a whole import made of several calls (batches), in the order the calls were made. */
export function mergeReports(a: ImportReport, b: ImportReport): ImportReport {
  return {
    imported: [...a.imported, ...b.imported],
    duplicates: [...a.duplicates, ...b.duplicates],
    failed: [...a.failed, ...b.failed],
    cancelled: a.cancelled || b.cancelled,
    skipped: a.skipped + b.skipped,
  };
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 files could not be imported": the phrase the status bar links to the details. */
export function failureSummary(report: ImportReport): string | null {
  const n = report.failed.length;
  return n === 0 ? null : `${count(n, 'file', 'files')} could not be imported`;
}

/** One line on what an import did (failures apart, see failureSummary), for the status bar and the summary heading. */
export function describeImport(report: ImportReport): string {
  const added = report.imported.length;
  const known = report.duplicates.length;
  const parts = [
    added > 0 ? `Imported ${count(added, 'copy', 'copies')}.` : null,
    known > 0 ? `${count(known, 'copy was', 'copies were')} already in the library.` : null,
    report.skipped > 0 ? `${count(report.skipped, 'file was', 'files were')} skipped (hidden, or not a kind Copydesk reads).` : null,
    report.cancelled ? 'Import cancelled: the files not yet sent were left out.' : null,
  ];
  const text = parts.filter(Boolean).join(' ');
  if (text) return text;
  return report.failed.length > 0 ? 'Nothing was imported.' : 'No copy was found to import.';
}

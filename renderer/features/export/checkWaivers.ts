import type { ExportCheckReport, ExportIssue } from '../../../shared/api/contract';

/** The check's problems the editor has neither fixed nor waived: each one stops the export. */
export const unwaivedProblems = (report: ExportCheckReport, waived: ReadonlySet<string>): ExportIssue[] =>
  report.problems.filter((problem) => !waived.has(problem.id));

/**
 * Waivers after a re-check: a problem keeps its id while its kind, place and text stay the same, so a waiver
 * whose problem is gone (fixed, or changed into another one) is dropped rather than silently covering the new text.
 */
export const waiversStillMeant = (report: ExportCheckReport, waived: ReadonlySet<string>): Set<string> =>
  new Set(report.problems.filter((problem) => waived.has(problem.id)).map((problem) => problem.id));

/** Why Export is disabled, in words next to it; null when it may go. */
export function exportBlockedReason(report: ExportCheckReport | null, waived: ReadonlySet<string>): string | null {
  if (!report) return 'The export check has not finished yet.';
  const left = unwaivedProblems(report, waived).length;
  if (left === 0) return null;
  return `${left} ${left === 1 ? 'problem is' : 'problems are'} neither fixed nor waived: fix ${left === 1 ? 'it' : 'them'} in the editor and re-check, or waive ${left === 1 ? 'it' : 'them'}.`;
}

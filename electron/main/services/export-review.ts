import type { ExportCheckReport, ExportIssue } from '../../../shared/api/contract';

/** The check's problems the editor has not waived (by their stable ids). */
export const unreviewed = (report: ExportCheckReport, waived: readonly string[]): ExportIssue[] => {
  const ok = new Set(waived);
  return report.problems.filter((problem) => !ok.has(problem.id));
};

/** "2 problems not reviewed (Paragraph 3: doubled space …)": why an export was held back, with the first one. */
export function notReviewed(problems: readonly ExportIssue[]): string {
  const first = problems[0];
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} not reviewed`;
  return first ? `${count} (${first.where}: ${first.message})` : count;
}

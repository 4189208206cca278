import type { ExportCheckReport } from '../../../shared/api/contract';
import { unwaivedProblems } from './checkWaivers';

/** The problems "Fix N problems" would fix: the check knows their fix and the editor has not waived them. */
export const fixableIds = (report: ExportCheckReport | null, waived: ReadonlySet<string>): string[] =>
  report ? unwaivedProblems(report, waived).filter((problem) => problem.fixable).map((problem) => problem.id) : [];

export const fixButtonLabel = (count: number): string => `Fix ${count} ${count === 1 ? 'problem' : 'problems'}`;

/**
 * What the dialog says after a fix: how many were fixed and, once the re-check is in, how many the editor
 * still has to fix by hand or waive.
 */
export function fixOutcome(fixed: number, report: ExportCheckReport | null, waived: ReadonlySet<string>): string {
  const done = `Fixed ${fixed}`;
  if (!report) return `${done} · checking again…`;
  const open = unwaivedProblems(report, waived).length;
  return open === 0 ? `${done} · nothing left to do` : `${done} · ${open} need${open === 1 ? 's' : ''} you`;
}

import type { ExportBatchReport } from '../../../shared/api/contract';
import { folderProblem } from './targetPath';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The batch's outcome in one sentence, for the summary's lead and the status bar. */
export function describeBatch(report: ExportBatchReport): string {
  const parts = [`${report.cancelled ? 'Cancelled after' : 'Wrote'} ${count(report.written.length, 'file', 'files')}`];
  if (report.skipped.length) parts.push(`skipped ${report.skipped.length.toLocaleString()}`);
  if (report.failed.length) parts.push(`${report.failed.length.toLocaleString()} failed`);
  if (report.created.length) parts.push(`merged ${count(report.created.length, 'new draft', 'new drafts')}`);
  return `${parts.join(', ')}.`;
}

/** Files the batch will try to write: each draft or story in each format. */
export const plannedFiles = (items: number, formats: number): number => items * formats;

interface BatchChoices {
  /** The shell has said whether it has native dialogs. */
  ready: boolean;
  items: number;
  formats: number;
  /** Electron: the folder comes from the OS dialog, so only its absence is a problem. */
  native: boolean;
  folder: string;
}

/** Why Export Many cannot start yet, in words beside its button; null when it can. */
export function batchBlockedReason({ ready, items, formats, native, folder }: BatchChoices): string | null {
  if (!ready) return 'Starting…';
  if (items === 0) return 'Choose at least one draft or story.';
  if (formats === 0) return 'Choose at least one format.';
  if (native) return folder ? null : 'Choose the folder to export to.';
  return folderProblem(folder);
}

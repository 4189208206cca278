import { useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { budgetedPause } from './base64';
import { emptyReport, isEmptyReport, mergeReports } from './importReport';
import { runFileImport, type ImportProgress, type PickedFile } from './runFileImport';

/**
 * Work between yields while files are read and encoded: well under the 100 ms that counts as a long task,
 * with room for React's own rendering of the progress.
 */
const WORK_SLICE_MS = 25;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress; cancellable: boolean; cancelling: boolean }
  /** `visible`: the summary panel is shown; the status bar keeps the outcome (and a way back) once it is closed. */
  | { phase: 'finished'; report: ImportReport; note: string | null; visible: boolean };

const failedCall = (source: string, result: ApiResult<ImportReport>): ImportReport =>
  result.ok ? result.value : { ...emptyReport(), failed: [{ source, message: result.error.message }] };

/**
 * The one import in progress (there is never more than one): files sent in batches from the browser, a
 * native pick in Electron, or pasted text. Progress comes from the batches themselves and, inside a batch,
 * from the services' import.progress events; the finished report stays until the next import.
 */
export function useImport(maxFileBytes: number | null) {
  const { api } = useApi();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef(false);
  const cancelled = useRef(false);
  /** Progress before the batch in flight: the services count from zero in each call. */
  const base = useRef<ImportProgress | null>(null);

  const setProgress = (progress: ImportProgress) =>
    setState((previous) => (previous.phase === 'running' ? { ...previous, progress } : previous));

  useEvent('import.progress', (event) => {
    if (!running.current) return;
    const before = base.current;
    if (!before || before.total === 0) setProgress(event);
    else setProgress({ done: Math.min(before.total, before.done + event.done), total: before.total, current: event.current || before.current });
  });

  // Files the OS handed to Electron's main process: main runs the import, this shows it like the page's own.
  const finishOpened = useRef<((report: ImportReport) => void) | null>(null);
  useEvent('import.opened', (event) => {
    if (event.phase === 'started') {
      void run(true, 0, () => new Promise<ImportReport>((resolve) => (finishOpened.current = resolve)));
    } else if (finishOpened.current) {
      finishOpened.current(event.report);
      finishOpened.current = null;
    } else if (!running.current) {
      // The start was missed (the page was still loading): the report is still worth showing.
      setState({ phase: 'finished', report: event.report, note: null, visible: true });
    }
  });

  /** Runs one import (work answers null when nothing was attempted); refuses while another is still running. */
  const run = async (cancellable: boolean, total: number, work: () => Promise<ImportReport | null>, note: string | null = null): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    cancelled.current = false;
    base.current = { done: 0, total, current: '' };
    setState({ phase: 'running', progress: base.current, cancellable, cancelling: false });
    let report: ImportReport | null;
    try {
      report = await work();
    } finally {
      running.current = false;
    }
    setState(report ? { phase: 'finished', report, note, visible: true } : { phase: 'idle' });
    return true;
  };

  return {
    state,
    busy: state.phase === 'running',

    importFiles: (files: readonly PickedFile[], note: string | null = null, skipped = 0) =>
      run(
        true,
        files.length,
        async () =>
          mergeReports({ ...emptyReport(), skipped }, await runFileImport(files, {
            send: (upload) => api['import.files']({ files: upload }),
            onProgress: (progress) => {
              base.current = progress;
              setProgress(progress);
            },
            isCancelled: () => cancelled.current,
            pause: budgetedPause(WORK_SLICE_MS),
            maxFileBytes,
          })),
        note,
      ),

    importText: (text: string) => run(false, 1, async () => failedCall('clipboard', await api['import.text']({ text, source: 'clipboard' }))),

    /** Electron: the services show the OS dialog and read the files themselves. */
    pick: (kind: 'files' | 'folder') =>
      run(true, 0, async () => {
        const report = failedCall(kind === 'folder' ? 'the chosen folder' : 'the chosen files', await api['import.pick']({ kind }));
        // Closing the OS dialog without choosing anything is not an import worth a summary.
        return isEmptyReport(report) ? null : report;
      }),

    cancel: () => {
      if (!running.current) return;
      cancelled.current = true;
      setState((previous) => (previous.phase === 'running' ? { ...previous, cancelling: true } : previous));
      // Reaches a native pick running in the services; a browser batch import stops on the flag above.
      void api['import.cancel']({});
    },

    setSummaryVisible: (visible: boolean) => setState((previous) => (previous.phase === 'finished' ? { ...previous, visible } : previous)),
  };
}

export type ImportController = ReturnType<typeof useImport>;

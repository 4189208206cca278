import { useRef, useState } from 'react';
import type { ExportBatchInput, ExportBatchReport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import type { ImportProgress } from '../import/runFileImport';

export type BatchState =
  | { phase: 'choosing'; error: ApiError | null }
  | { phase: 'running'; progress: ImportProgress; cancelling: boolean }
  | { phase: 'finished'; report: ExportBatchReport };

/** One export.batch at a time: its progress from 'export.progress', Cancel through export.cancel, then its report. */
export function useExportBatch() {
  const { api } = useApi();
  const [state, setState] = useState<BatchState>({ phase: 'choosing', error: null });
  const running = useRef(false);

  useEvent('export.progress', (progress) => {
    if (running.current) setState((previous) => (previous.phase === 'running' ? { ...previous, progress } : previous));
  });

  /** The batch's report, or null when it did not run (another one is running, or the services refused it). */
  const run = async (input: ExportBatchInput, total: number): Promise<ExportBatchReport | null> => {
    if (running.current) return null;
    running.current = true;
    setState({ phase: 'running', progress: { done: 0, total, current: '' }, cancelling: false });
    const result = await api['export.batch'](input);
    running.current = false;
    setState(result.ok ? { phase: 'finished', report: result.value } : { phase: 'choosing', error: result.error });
    return result.ok ? result.value : null;
  };

  const cancel = () => {
    setState((previous) => (previous.phase === 'running' ? { ...previous, cancelling: true } : previous));
    void api['export.cancel']({});
  };

  return { state, run, cancel };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportCheckReport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/ApiContext';

/**
 * The export check of the open draft. The check reads the stored text, so whatever the editor still holds is
 * saved first (flush) — at opening and at every re-check. `generation` counts those flushes: previews key on
 * it, so they show the text the check saw (0 until the first flush, when there is nothing to preview yet).
 */
export function useExportCheck(draftId: string, flush: () => Promise<void>) {
  const { api } = useApi();
  const [report, setReport] = useState<ExportCheckReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(true);
  const [generation, setGeneration] = useState(0);
  const flushRef = useRef(flush);
  flushRef.current = flush;
  const latest = useRef(0);

  const recheck = useCallback(async () => {
    const request = ++latest.current;
    setChecking(true);
    await flushRef.current();
    if (request !== latest.current) return;
    setGeneration((g) => g + 1);
    const result = await api['export.check']({ id: draftId });
    if (request !== latest.current) return;
    setChecking(false);
    setReport(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
  }, [api, draftId]);

  useEffect(() => {
    void recheck();
  }, [recheck]);

  return { report, error, checking, generation, recheck };
}

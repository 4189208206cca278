import { useState } from 'react';
import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';

interface Options {
  draftId: string;
  /** Saves what the editor holds, so the fix starts from the text on screen. */
  flush: () => Promise<void>;
  /** The stored revision the editor is at once flushed: a fix of any other is refused as a conflict. */
  revision: () => number;
  onFixed: (draft: Draft, fixed: number) => void;
}

/** "Fix N problems": saves, asks the service to make the check's fixes, and hands back the fixed draft. */
export function useExportFix({ draftId, flush, revision, onFixed }: Options) {
  const { api } = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const fix = async (ids: readonly string[]) => {
    setBusy(true);
    setProblem(null);
    await flush();
    const result = await api['export.fix']({ id: draftId, problems: [...ids], baseRevision: revision() });
    setBusy(false);
    if (!result.ok) return setProblem(`Nothing was fixed: ${result.error.message}`);
    // Nothing changed, so there is no new revision to load.
    if (result.value.fixed === 0) return setProblem('None of them could be fixed here (each fix would change a bold, italic or link run): fix them in the editor.');
    onFixed(result.value.draft, result.value.fixed);
  };

  return { busy, problem, fix };
}

import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { openDraft, type OpenedDraft } from './openDraft';
import { savesSettled } from './pendingSaves';

export type DraftLoad =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ok'; opened: OpenedDraft; generation: number };

/**
 * The draft the Merge tab edits, fetched after any save still running for it, and replaced in place when a
 * restore or "reload theirs" brings another revision: `generation` then changes, and the editor is
 * remounted with it (the editor reads its document once, on mount).
 */
export function useOpenDraft(draftId: string) {
  const { api } = useApi();
  const [load, setLoad] = useState<DraftLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    void savesSettled(draftId)
      .then(() => api['drafts.get']({ id: draftId }))
      .then((result) => {
        if (!current) return;
        setLoad(result.ok ? { status: 'ok', opened: openDraft(result.value), generation: 0 } : { status: 'error', error: result.error });
      });
    return () => {
      current = false;
    };
  }, [api, draftId, attempt]);

  const replace = useCallback((draft: Draft) => {
    setLoad((previous) => ({ status: 'ok', opened: openDraft(draft), generation: previous.status === 'ok' ? previous.generation + 1 : 0 }));
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, replace, retry };
}

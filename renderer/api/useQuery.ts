import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../shared/api/errors';

export type QueryState<T> =
  | { status: 'loading'; value: T | null; error: null }
  | { status: 'ok'; value: T; error: null }
  | { status: 'error'; value: T | null; error: ApiError };

/** A query's state plus the way to ask again (the Retry buttons, and reloads on library.changed). */
export type Query<T> = QueryState<T> & { reload: () => void };

/**
 * Runs an API call whenever `key` changes (null: nothing to fetch) and on reload(). The previous value stays
 * visible while a new answer is awaited, so lists do not blink on every keystroke, and an answer that
 * arrives after a newer request started is dropped, so results never appear out of order.
 */
export function useQuery<T>(key: string | null, run: () => Promise<ApiResult<T>>): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', value: null, error: null });
  const [generation, setGeneration] = useState(0);
  const runRef = useRef(run);
  runRef.current = run;
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    setState((previous) => ({ status: 'loading', value: previous.value, error: null }));
    runRef.current().then((result) => {
      if (request !== latest.current) return;
      setState((previous) =>
        result.ok ? { status: 'ok', value: result.value, error: null } : { status: 'error', value: previous.value, error: result.error },
      );
    });
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

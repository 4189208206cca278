import { useState } from 'react';
import type { ApiError, ApiResult } from '../../shared/api/errors';

/**
 * One change sent from a dialog: busy while in flight (the confirm button shows it and cannot be pressed
 * twice), the services' error kept for the dialog to show, the value handed to `onDone` on success.
 */
export function useSubmit<T>(onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (call: () => Promise<ApiResult<T>>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  return { busy, error, submit };
}

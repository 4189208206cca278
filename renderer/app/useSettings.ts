import { useState } from 'react';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { Settings } from '../../shared/domain/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';

/** The stored settings and a way to change them; the saved answer replaces the local copy. */
export function useSettings() {
  const { api } = useApi();
  const stored = useQuery<Settings>('settings', () => api['settings.get']({}));
  const [saved, setSaved] = useState<Settings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const update = async (patch: ApiInput<'settings.update'>): Promise<ApiError | null> => {
    const result = await api['settings.update'](patch);
    if (!result.ok) {
      setError(result.error);
      return result.error;
    }
    setSaved(result.value);
    setError(null);
    return null;
  };

  return { settings: saved ?? stored.value, error: error ?? stored.error, update };
}

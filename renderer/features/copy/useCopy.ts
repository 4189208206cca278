import type { WireCopy } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';

/** One stored copy in full; reloaded when the store changes, since a regroup can move it to another story. */
export function useCopy(id: string | null) {
  const { api } = useApi();
  const result = useQuery<WireCopy>(id, () => api['copies.get']({ id: id ?? '' }));
  useEvent('library.changed', result.reload);
  return result;
}

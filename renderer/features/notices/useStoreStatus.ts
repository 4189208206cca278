import type { StoreStatus } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';

/** Counts, folder, writability and notices of the store; refreshed whenever stored content changes. */
export function useStoreStatus() {
  const { api } = useApi();
  const result = useQuery<StoreStatus>('store', () => api['store.status']({}));
  useEvent('library.changed', result.reload);
  return result;
}

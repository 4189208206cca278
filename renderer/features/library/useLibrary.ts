import type { Library } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';

export interface LibraryFilter {
  query: string;
  outlet: string;
  /** How many stories to fetch (newest first): the pane asks for more as the reader scrolls down. */
  limit: number;
}

/** The library list for a filter; follows imports and regroupings made elsewhere. */
export function useLibrary({ query, outlet, limit }: LibraryFilter) {
  const { api } = useApi();
  const input = { ...(query.trim() ? { query: query.trim() } : {}), ...(outlet ? { outlet } : {}), limit };
  const result = useQuery<Library>(JSON.stringify(input), () => api['library.list'](input));
  useEvent('library.changed', result.reload);
  return result;
}

import type { Library } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** Every story, whatever the library pane is filtered to: a move or join may target any of them. */
export function useAllStories() {
  const { api } = useApi();
  return useQuery<Library>('all-stories', () => api['library.list']({}));
}

import type { StoryDetail } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';

/** A story with all its versions, for the inspector's version list. */
export function useStory(id: string | null) {
  const { api } = useApi();
  const result = useQuery<StoryDetail>(id, () => api['stories.get']({ id: id ?? '' }));
  useEvent('library.changed', result.reload);
  return result;
}

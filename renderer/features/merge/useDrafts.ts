import type { DraftSummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';

/** Every draft (newest edit first, as drafts.list answers), followed as drafts are made or deleted elsewhere. */
export function useDrafts(active: boolean) {
  const { api } = useApi();
  const result = useQuery<DraftSummary[]>(active ? 'drafts' : null, () => api['drafts.list']({}));
  useEvent('library.changed', result.reload);
  return result;
}

/** The story's newest draft, which the Merge tab opens rather than merging again. */
export const newestDraftOf = (drafts: readonly DraftSummary[], storyId: string): DraftSummary | null =>
  drafts.filter((d) => d.storyId === storyId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;

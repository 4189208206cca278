import type { UnrelatedDiff } from '../../../shared/domain/diff';
import { EmptyState } from '../../ui/EmptyState';

/** Two texts too different to compare: a calm verdict instead of a wall of red. */
export function NotOneStory({ diff }: { diff: UnrelatedDiff }) {
  return (
    <EmptyState icon="compare" title="These are not versions of one story" testId="compare-unrelated">
      <p>{diff.verdict}</p>
      <p>They share {Math.round(diff.similarity * 100)}% of their wording. Move one of them to another story, or pick two other versions.</p>
    </EmptyState>
  );
}

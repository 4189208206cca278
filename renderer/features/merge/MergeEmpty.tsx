import { EmptyState } from '../../ui/EmptyState';

export function MergeEmpty() {
  return (
    <EmptyState icon="merge" title="Merge into one clean article" testId="merge-empty">
      <p>Merge builds one article from every version of a story, keeping track of where each sentence came from. It arrives with the merge feature.</p>
    </EmptyState>
  );
}

import { EmptyState } from '../../ui/EmptyState';

export function CompareEmpty() {
  return (
    <EmptyState icon="compare" title="Compare versions side by side" testId="compare-empty">
      <p>Compare shows what each outlet changed in a story — added, cut and reworded passages, word by word. It arrives with the compare feature.</p>
    </EmptyState>
  );
}

import { inText } from '../../../shared/domain/merge';
import type { MergeDecision, MergedPassage } from '../../../shared/domain/merge';

export type DecisionFilter = 'all' | 'changed' | 'left-out' | 'variants';

export const DECISION_FILTERS: { value: DecisionFilter; label: string }[] = [
  { value: 'all', label: 'All passages' },
  { value: 'changed', label: 'Decided differently from the policy' },
  { value: 'left-out', label: 'Left out of the text' },
  { value: 'variants', label: 'With differing wordings' },
];

/** What the decisions panel lists under a filter, in story order. */
export function filterPassages(passages: readonly MergedPassage[], filter: DecisionFilter): MergedPassage[] {
  switch (filter) {
    case 'all':
      return [...passages];
    case 'changed':
      return passages.filter((p) => p.decision !== p.policy.decision);
    case 'left-out':
      return passages.filter((p) => !inText(p));
    case 'variants':
      return passages.filter((p) => p.wordings.length > 1);
  }
}

/** The decision as the panel's badge words it. */
export const DECISION_LABEL: Record<MergeDecision, string> = {
  kept: 'Kept',
  replaced: 'Replaces another wording',
  added: 'Added',
  dropped: 'Dropped',
  offered: 'Offered',
};

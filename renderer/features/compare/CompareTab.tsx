import { useState } from 'react';
import { DEFAULT_COMPARE_OPTIONS } from '../../../shared/domain/diff';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useStory } from '../inspector/useStory';
import type { IgnoreOptions } from './comparePair';
import type { CompareView } from './CompareToolbar';
import { StoryCompare } from './StoryCompare';
import './compare.css';

const { ignoreWhitespace, ignoreTypography, ignoreCase } = DEFAULT_COMPARE_OPTIONS;

/**
 * The Compare tab: the versions of the open copy's story. The view and what is ignored are kept while the
 * user moves between copies; the compared pair starts again from the newly selected copy.
 */
export function CompareTab({ copyId, storyId, diffBudgetMs }: { copyId: string | null; storyId: string | null; diffBudgetMs: number }) {
  const story = useStory(storyId);
  const [view, setView] = useState<CompareView>('side-by-side');
  const [options, setOptions] = useState<IgnoreOptions>({ ignoreWhitespace, ignoreTypography, ignoreCase });

  if (!copyId || !storyId) {
    return (
      <EmptyState icon="compare" title="Compare versions of a story" testId="compare-empty">
        <p>Compare shows what each outlet changed in a story: added, cut, reworded and moved passages, word by word. Open a copy in the library to compare its versions.</p>
      </EmptyState>
    );
  }
  if (story.status === 'error') return <ErrorMessage error={story.error} onRetry={story.reload} />;
  if (!story.value || story.value.story.id !== storyId) return <Loading label="Loading the story…" />;
  const { copies } = story.value;
  if (copies.length < 2) {
    return (
      <EmptyState icon="compare" title="Only one version so far" testId="compare-single">
        <p>This story has a single copy, so there is nothing to compare yet. Import another outlet&rsquo;s version of it, or move one into this story.</p>
      </EmptyState>
    );
  }
  return <StoryCompare key={`${storyId}:${copyId}`} copies={copies} selectedCopyId={copyId} view={view} onView={setView} options={options} onOptions={setOptions} budgetMs={diffBudgetMs} />;
}

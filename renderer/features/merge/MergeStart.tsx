import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useStory } from '../inspector/useStory';
import { policyChoices } from './policyChoices';

/** A story without a draft yet: choose how to merge its versions, then start. One copy can be merged too. */
export function MergeStart({ storyId, onStarted }: { storyId: string; onStarted: (draft: Draft) => void }) {
  const { api } = useApi();
  const story = useStory(storyId);
  const [policy, setPolicy] = useState('newest');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const selectId = useId();

  if (story.status === 'error') return <ErrorMessage error={story.error} onRetry={story.reload} />;
  if (!story.value || story.value.story.id !== storyId) return <Loading label="Loading the story…" />;
  const { copies } = story.value;
  const choices = policyChoices(copies);

  const start = async () => {
    setBusy(true);
    setError(null);
    const result = await api['drafts.fromStory']({ storyId, policy });
    setBusy(false);
    if (result.ok) onStarted(result.value);
    else setError(result.error);
  };

  const count = copies.length;
  return (
    <EmptyState icon="merge" title="Merge into one clean article" testId="merge-start">
      <p>
        {count === 1
          ? 'This story has one version: start a draft from it, ready to edit.'
          : `Build one article from the ${count} versions of this story. Every decision stays visible and reversible, and each passage remembers the outlets that carried it.`}
      </p>
      <div className="merge-start__form">
        <label htmlFor={selectId}>Policy</label>
        <select id={selectId} value={policy} onChange={(event) => setPolicy(event.target.value)} disabled={busy}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy}>
          {busy ? 'Merging…' : count === 1 ? 'Start a draft' : `Merge ${count} versions`}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
    </EmptyState>
  );
}

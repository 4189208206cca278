import { useState } from 'react';
import type { StoryDetail } from '../../../shared/api/contract';
import type { StorySummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { StoryPicker, type StoryChoice } from './StoryPicker';
import { useSubmit } from '../../ui/useSubmit';

interface Props {
  story: StorySummary;
  onDone: (detail: StoryDetail) => void;
  onClose: () => void;
}

/** Makes two stories one: the chosen story's versions join this one, which keeps its headline. */
export function JoinDialog({ story, onDone, onClose }: Props) {
  const { api } = useApi();
  const [choice, setChoice] = useState<StoryChoice | undefined>(undefined);
  const { busy, error, submit } = useSubmit(onDone);
  const join = (other: StoryChoice) => {
    if (other) void submit(() => api['stories.join']({ storyIds: [story.id, other] }));
  };
  return (
    <Dialog
      title="Join with another story"
      description={`The versions of the story you choose join “${story.headline ?? 'Untitled story'}”.`}
      testId="join-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!choice || busy} onClick={() => join(choice ?? null)}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <StoryPicker label="Story to join with" exclude={story.id} offerNewStory={false} value={choice} onChange={setChoice} onConfirm={join} />
    </Dialog>
  );
}

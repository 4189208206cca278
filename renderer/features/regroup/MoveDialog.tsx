import { useState } from 'react';
import type { StoryDetail } from '../../../shared/api/contract';
import type { CopySummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { StoryPicker, type StoryChoice } from './StoryPicker';
import { useSubmit } from '../../ui/useSubmit';

interface Props {
  copy: CopySummary;
  onDone: (detail: StoryDetail) => void;
  onClose: () => void;
}

/** Puts one copy into another story, or into a story of its own; the choice survives re-imports. */
export function MoveDialog({ copy, onDone, onClose }: Props) {
  const { api } = useApi();
  const [choice, setChoice] = useState<StoryChoice | undefined>(undefined);
  const { busy, error, submit } = useSubmit(onDone);
  const move = (storyId: StoryChoice) => submit(() => api['stories.move']({ copyId: copy.id, storyId }));
  return (
    <Dialog
      title="Move to story"
      description={`${copy.outlet ?? 'Unknown outlet'}: ${copy.headline ?? 'Untitled copy'}`}
      testId="move-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={choice === undefined || busy} onClick={() => choice !== undefined && void move(choice)}>
            {busy ? 'Moving…' : 'Move'}
          </button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <StoryPicker label="Story to move the copy to" exclude={copy.storyId} offerNewStory value={choice} onChange={setChoice} onConfirm={(c) => void move(c)} />
    </Dialog>
  );
}

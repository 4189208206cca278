import { useState } from 'react';
import type { StoryDetail } from '../../../shared/api/contract';
import type { CopySummary, StorySummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSubmit } from '../../ui/useSubmit';

interface Props {
  story: StorySummary;
  /** The story's versions as the library lists them. */
  copies: CopySummary[];
  onDone: (detail: StoryDetail) => void;
  onClose: () => void;
}

/** Takes the checked versions out of a story into a new story of their own. */
export function SplitDialog({ story, copies, onDone, onClose }: Props) {
  const { api } = useApi();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, submit } = useSubmit(onDone);
  // Splitting every version off would only rename the story: at least one must stay.
  const valid = chosen.size > 0 && chosen.size < copies.length;
  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Dialog
      title="Split versions off"
      description={`Checked versions leave “${story.headline ?? 'Untitled story'}” and become a new story.`}
      testId="split-dialog"
      onClose={onClose}
      footer={
        <>
          <span className="dialog__footer-note">
            {chosen.size === copies.length ? 'Leave at least one version in the story.' : `${chosen.size} of ${copies.length} chosen`}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!valid || busy}
            onClick={() => void submit(() => api['stories.split']({ storyId: story.id, copyIds: [...chosen] }))}
          >
            {busy ? 'Splitting…' : 'Split off'}
          </button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
      <fieldset className="split-dialog__versions">
        <legend className="visually-hidden">Versions to split off</legend>
        {copies.map((copy, index) => (
          <label key={copy.id} className="split-dialog__version">
            <input type="checkbox" data-autofocus={index === 0 ? true : undefined} checked={chosen.has(copy.id)} onChange={(event) => toggle(copy.id, event.target.checked)} />
            <span>
              <span className="story-picker__headline">{copy.outlet ?? 'Unknown outlet'}</span>
              <span className="story-picker__meta">
                {[copy.published, copy.headline ?? 'Untitled copy'].filter(Boolean).join(' · ')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}

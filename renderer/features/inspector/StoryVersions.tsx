import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useStory } from './useStory';

/** Every version of the open copy's story, each one click away. */
export function StoryVersions({ storyId, openCopyId, onOpen }: { storyId: string; openCopyId: string; onOpen: (copyId: string) => void }) {
  const story = useStory(storyId);
  if (story.status === 'error') return <ErrorMessage error={story.error} onRetry={story.reload} />;
  if (!story.value || story.value.story.id !== storyId) return <Loading label="Loading the story…" />;
  const { story: detail, copies } = story.value;
  return (
    <>
      <p className="inspector__story-headline">{detail.headline ?? 'Untitled story'}</p>
      <ul className="inspector__versions" aria-label="Versions of this story">
        {copies.map((copy) => {
          const current = copy.id === openCopyId;
          return (
            <li key={copy.id}>
              <button
                type="button"
                className={`inspector__version${current ? ' is-current' : ''}`}
                aria-current={current ? 'true' : undefined}
                onClick={() => onOpen(copy.id)}
              >
                <span className="inspector__version-outlet">{copy.outlet ?? 'Unknown outlet'}</span>
                <span className="inspector__version-time">{copy.published ?? ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

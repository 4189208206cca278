import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../../shared/domain/model';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { matchStories } from './storySearch';
import { useAllStories } from './useAllStories';

/** `null` stands for "a new story of its own". */
export type StoryChoice = string | null;

interface Props {
  label: string;
  /** The story the copy is in (or the story being joined): not offered. */
  exclude: string | null;
  offerNewStory: boolean;
  value: StoryChoice | undefined;
  onChange: (choice: StoryChoice) => void;
  /** Enter or a double click: choose and confirm at once. */
  onConfirm: (choice: StoryChoice) => void;
}

const NEW_STORY = '__new__';

/**
 * A searchable list of stories as a combobox: typing narrows the list, ↑/↓ move the choice while focus
 * stays in the search field, Enter confirms.
 */
export function StoryPicker({ label, exclude, offerNewStory, value, onChange, onConfirm }: Props) {
  const library = useAllStories();
  const [query, setQuery] = useState('');
  const listId = useId();
  const optionId = (key: string) => `${listId}-${key}`;
  const matches = useMemo(() => matchStories(library.value?.stories ?? [], query, exclude), [library.value, query, exclude]);
  const options: { key: string; choice: StoryChoice; story: StorySummary | null }[] = [
    ...(offerNewStory ? [{ key: NEW_STORY, choice: null, story: null }] : []),
    ...matches.stories.map((story) => ({ key: story.id, choice: story.id, story })),
  ];
  const activeIndex = options.findIndex((o) => o.choice === value);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && options.length > 0) {
      event.preventDefault();
      const next = options[Math.max(0, Math.min(options.length - 1, activeIndex + step))]!;
      onChange(next.choice);
      document.getElementById(optionId(next.key))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && value !== undefined) {
      event.preventDefault();
      onConfirm(value);
    }
  };

  return (
    <div className="story-picker">
      <input
        type="search"
        className="story-picker__search"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(options[activeIndex]!.key) : undefined}
        placeholder="Search stories by headline or outlet"
        value={query}
        data-autofocus
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {library.status === 'error' && <ErrorMessage error={library.error} onRetry={library.reload} />}
      {!library.value && library.status === 'loading' && <Loading label="Loading stories…" />}
      <ul id={listId} role="listbox" aria-label="Stories" className="story-picker__list">
        {options.map(({ key, choice, story }) => (
          <li
            key={key}
            id={optionId(key)}
            role="option"
            aria-selected={choice === value}
            className={`story-picker__option${choice === value ? ' is-chosen' : ''}${story ? '' : ' is-new'}`}
            onClick={() => onChange(choice)}
            onDoubleClick={() => onConfirm(choice)}
          >
            {story ? (
              <>
                <span className="story-picker__headline">{story.headline ?? 'Untitled story'}</span>
                <span className="story-picker__meta">
                  {story.outlets.join(', ') || 'No outlet'} · {story.copyIds.length} {story.copyIds.length === 1 ? 'version' : 'versions'}
                </span>
              </>
            ) : (
              <>
                <span className="story-picker__headline">New story of its own</span>
                <span className="story-picker__meta">Take the copy out of its story and keep it alone</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {library.value && matches.total === 0 && <p className="story-picker__none">No other story matches.</p>}
      {matches.total > matches.stories.length && (
        <p className="story-picker__none">
          Showing {matches.stories.length} of {matches.total.toLocaleString()} stories: type to narrow the list.
        </p>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { shortcutLabel } from '../../../app/shortcuts';
import { Icon } from '../../../ui/Icon';
import { matchLabel } from './matchText';
import type { Find } from './useFind';

/**
 * The find (and replace) bar above the body. Enter and Shift+Enter step through matches from the find
 * field, Enter in the replace field replaces the current one, Escape closes and returns to the text.
 * Its buttons are aria-disabled, never `disabled`: a button disabled while it has focus (Replace all, once
 * nothing is left) drops focus out of the bar and Escape would no longer close it; the actions themselves
 * do nothing when there is nothing to act on.
 */
export function FindBar({ find, readOnly }: { find: Find; readOnly: boolean }) {
  const queryRef = useRef<HTMLInputElement>(null);
  const queryId = useId();
  const replaceId = useId();
  const count = find.state.result.matches.length;

  useEffect(() => {
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [find.focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      find.close();
    }
  };
  const onQueryKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    find.step(event.shiftKey ? -1 : 1);
  };
  const onReplaceKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    find.replace();
  };
  const replacing = find.withReplace && !readOnly;

  return (
    <div className="find-bar" role="search" aria-label="Find in article" onKeyDown={onKeyDown} data-testid="find-bar">
      <div className="find-bar__row">
        <label className="visually-hidden" htmlFor={queryId}>
          Find
        </label>
        <input
          ref={queryRef}
          id={queryId}
          className="find-bar__input"
          type="search"
          placeholder="Find"
          value={find.query}
          spellCheck={false}
          autoComplete="off"
          aria-keyshortcuts={`${shortcutLabel('F', 'aria')} Enter Shift+Enter`}
          onChange={(event) => find.setQuery(event.target.value)}
          onKeyDown={onQueryKey}
          data-testid="find-query"
        />
        <span className="find-bar__count" aria-live="polite" data-testid="find-count">
          {find.query ? matchLabel(find.current, find.state.result) : ''}
        </span>
        <button type="button" className="find-bar__icon" aria-label="Previous match" title="Previous match (Shift+Enter)" aria-disabled={count === 0} onClick={() => find.step(-1)}>
          <Icon name="chevron" className="find-bar__up" />
        </button>
        <button type="button" className="find-bar__icon" aria-label="Next match" title="Next match (Enter)" aria-disabled={count === 0} onClick={() => find.step(1)}>
          <Icon name="chevron" className="find-bar__down" />
        </button>
        <label className="find-bar__option">
          <input type="checkbox" checked={find.options.matchCase} onChange={(event) => find.setOptions({ ...find.options, matchCase: event.target.checked })} />
          Match case
        </label>
        <label className="find-bar__option">
          <input type="checkbox" checked={find.options.wholeWords} onChange={(event) => find.setOptions({ ...find.options, wholeWords: event.target.checked })} />
          Whole words
        </label>
        {!readOnly && (
          <button type="button" className="button button--small button--quiet" aria-expanded={find.withReplace} onClick={find.toggleReplace} title={`Replace (${shortcutLabel('H', 'display')})`}>
            Replace…
          </button>
        )}
        <button type="button" className="find-bar__icon find-bar__close" aria-label="Close find" title="Close (Escape)" onClick={find.close}>
          <Icon name="close" />
        </button>
      </div>
      {replacing && (
        <div className="find-bar__row">
          <label className="visually-hidden" htmlFor={replaceId}>
            Replace with
          </label>
          <input
            id={replaceId}
            className="find-bar__input"
            type="text"
            placeholder="Replace with"
            value={find.replacement}
            spellCheck
            autoComplete="off"
            onChange={(event) => find.setReplacement(event.target.value)}
            onKeyDown={onReplaceKey}
            data-testid="find-replacement"
          />
          <button type="button" className="button button--small" aria-disabled={find.current < 0} onClick={find.replace} data-testid="find-replace">
            Replace
          </button>
          <button type="button" className="button button--small" aria-disabled={count === 0} onClick={find.replaceAll} data-testid="find-replace-all">
            Replace all
          </button>
          <span className="find-bar__notice" role="status">
            {find.notice}
          </span>
        </div>
      )}
    </div>
  );
}

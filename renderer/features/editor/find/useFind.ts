import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { $findInBody, $matchNearCaret, $selectMatch, replaceAll as replaceAllIn, replaceMatch, type FindState } from './findInEditor';
import { clearMatches, paintMatches, scrollToRange, selectAsFallback } from './highlightMatches';
import { MAX_QUERY_LENGTH, stepMatch, type FindOptions } from './matchText';

/** A selection longer than this is not a phrase to look for, so it does not fill the find field. */
const MAX_SEED_LENGTH = 120;

/**
 * Searching the whole body is linear in its length, so while the sub-editor types with the bar open the
 * count and highlights catch up once typing pauses rather than on every key.
 */
const SEARCH_AFTER_EDIT_MS = 120;

const EMPTY: FindState = { blocks: [], result: { matches: [], truncated: false } };

export interface Find {
  open: boolean;
  withReplace: boolean;
  query: string;
  options: FindOptions;
  replacement: string;
  current: number;
  state: FindState;
  /** What the last replace did, for the live region ("Replaced 12."). */
  notice: string;
  /** Bumped on each Ctrl/⌘+F so the field takes focus again even when the bar is already open. */
  focusRequest: number;
  show: (withReplace: boolean) => void;
  toggleReplace: () => void;
  close: () => void;
  setQuery: (query: string) => void;
  setOptions: (options: FindOptions) => void;
  setReplacement: (text: string) => void;
  step: (step: 1 | -1) => void;
  replace: () => void;
  replaceAll: () => void;
}

/**
 * Find and replace over the body. Matches are recomputed after every change to the text while the bar is
 * open (the count and highlights follow typing) and painted as highlights; replacing goes through the
 * editor, so it is undoable and saved like typing.
 */
export function useFind(editor: LexicalEditor, scroller: () => HTMLElement | null): Find {
  const [open, setOpen] = useState(false);
  const [withReplace, setWithReplace] = useState(false);
  const [query, setQueryState] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWords: false });
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(-1);
  const [state, setState] = useState<FindState>(EMPTY);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  // Set when the next search should start from the caret (a new query, or after a replace) rather than
  // keep the current index.
  const seekFromCaret = useRef(true);
  const reveal = useRef(false);

  const search = useCallback(() => {
    const next = editor.getEditorState().read(() => {
      const found = $findInBody(query, options);
      return { found, near: seekFromCaret.current ? $matchNearCaret(found) : null };
    });
    seekFromCaret.current = false;
    setState(next.found);
    const count = next.found.result.matches.length;
    setCurrent((previous) => (next.near !== null ? next.near : count === 0 ? -1 : Math.min(Math.max(previous, 0), count - 1)));
  }, [editor, query, options]);

  useEffect(() => {
    if (!open) return;
    search();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(search, SEARCH_AFTER_EDIT_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, open, search]);

  // Paint after React has the new state and Lexical has reconciled the DOM the ranges point into.
  useEffect(() => {
    if (!open) return clearMatches();
    const range = paintMatches(editor, state.blocks, state.result.matches, current);
    const box = scroller();
    if (range && box && reveal.current) {
      scrollToRange(range, box);
      selectAsFallback(range);
    }
    reveal.current = false;
  }, [editor, open, state, current, scroller]);

  useEffect(() => clearMatches, []);

  const show = useCallback((replace: boolean) => {
    const selected = editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
    });
    if (selected && selected.length <= MAX_SEED_LENGTH && !selected.includes('\n')) setQueryState(selected);
    seekFromCaret.current = true;
    reveal.current = true;
    setOpen(true);
    setWithReplace((was) => was || replace);
    setFocusRequest((n) => n + 1);
  }, [editor]);

  const close = () => {
    const match = state.result.matches[current];
    setOpen(false);
    setNotice('');
    // The caret goes to the match being looked at, so closing the bar leaves the sub-editor there.
    editor.update(() => {
      if (match) $selectMatch(state.blocks, match);
    });
    editor.focus();
  };

  const step = (by: 1 | -1) => {
    reveal.current = true;
    setCurrent((at) => stepMatch(at, state.result.matches.length, by));
  };

  const replace = () => {
    if (current < 0) return;
    if (replaceMatch(editor, query, options, current, replacement)) {
      seekFromCaret.current = true;
      reveal.current = true;
      setNotice('Replaced 1.');
    }
  };

  const replaceAll = () => {
    const { replaced, truncated } = replaceAllIn(editor, query, options, replacement);
    setNotice(replaced === 0 ? 'Nothing to replace.' : `Replaced ${replaced.toLocaleString()}${truncated ? '; more remain, replace all again' : ''}.`);
  };

  return {
    open,
    withReplace,
    query,
    options,
    replacement,
    current,
    state,
    notice,
    focusRequest,
    show,
    toggleReplace: () => setWithReplace((was) => !was),
    close,
    setQuery: (next) => {
      seekFromCaret.current = true;
      reveal.current = true;
      setNotice('');
      setQueryState(next.slice(0, MAX_QUERY_LENGTH));
    },
    setOptions: (next) => {
      seekFromCaret.current = true;
      setOptions(next);
    },
    setReplacement,
    step,
    replace,
    replaceAll,
  };
}

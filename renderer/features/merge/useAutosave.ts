import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';
import { conflictMessage } from './conflictMessage';
import { registerOpenFlush, trackSave } from './pendingSaves';

/** What a save writes besides the draft's identity: made from the editor's state when the save starts. */
export interface DraftSnapshot {
  title: string;
  content: string;
  text: string;
}

/**
 * Autosave for one loaded draft (one revision loaded in the editor; remount to load another). Flushes when
 * the window loses focus or is hidden, on `pagehide`, and when the Merge tab unmounts (tab switch, another
 * draft): the saves it then starts outlive the component and the next load waits for them (pendingSaves).
 *
 * What can be lost: in Electron the window's close waits (a few seconds at most) for flushAllSaves, so
 * only a crash loses anything; in the browser twin a fetch started during `pagehide` may be cut off with the
 * page (the twin's transport is a plain fetch, and a keepalive request is capped at 64 KB, less than a long
 * draft), so a close or crash loses at most the changes of the debounce window (AUTOSAVE_DEBOUNCE_MS) before it.
 */
export function useAutosave(draft: Draft, take: () => DraftSnapshot, onSaved: (draft: Draft) => void, onCopied: (copy: Draft) => void) {
  const { api } = useApi();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: draft.updatedAt });
  const takeRef = useRef(take);
  takeRef.current = take;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const onCopiedRef = useRef(onCopied);
  onCopiedRef.current = onCopied;
  const [saver] = useState<Autosaver>(() =>
    createAutosaver<DraftSnapshot>({
      revision: draft.revision,
      take: () => takeRef.current(),
      // Typing reports "unsaved" on every key: the same state again must not re-render the tab.
      onState: (next) => setState((previous) => (previous.kind === next.kind && (next.kind === 'unsaved' || next.kind === 'saving') ? previous : next)),
      save: async (snapshot, { baseRevision, checkpoint }) => {
        const result = await api['drafts.save']({ id: draft.id, storyId: draft.storyId, ...snapshot, ...(baseRevision ? { baseRevision } : {}), checkpoint });
        if (!result.ok) {
          // A draft deleted elsewhere is a conflict too: its text survives only through "keep mine as a copy".
          const conflict = result.error.code === 'conflict' || result.error.details?.deletedElsewhere === true;
          return { ok: false, conflict, message: conflictMessage(result.error) };
        }
        onSavedRef.current(result.value);
        return { ok: true, revision: result.value.revision, savedAt: result.value.updatedAt };
      },
      // Same story and words, no id: a new draft, listed beside the one that changed elsewhere.
      saveCopy: async (snapshot) => {
        const result = await api['drafts.save']({ storyId: draft.storyId, ...snapshot, checkpoint: true });
        if (!result.ok) return { ok: false, conflict: false, message: result.error.message };
        onCopiedRef.current(result.value);
        return { ok: true, revision: result.value.revision, savedAt: result.value.updatedAt };
      },
    }),
  );

  useEffect(() => {
    const flush = () => void saver.flush();
    const unregister = registerOpenFlush(() => saver.flush());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      trackSave(draft.id, saver.flush());
    };
  }, [saver, draft.id]);

  return { state, saver };
}

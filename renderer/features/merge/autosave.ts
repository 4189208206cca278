/**
 * The draft's autosave, without React or the API so its timing rules can be tested with fake timers:
 * - a change starts (or restarts) a short debounce; when it runs out the latest state is saved, so a save
 *   lands within a second of the last keystroke;
 * - never two saves in flight: changes made while one is running are coalesced into one save after it;
 * - every save names the revision it started from, so an edit made elsewhere is a conflict, not a silent
 *   overwrite; after a conflict nothing is saved until the user chooses "reload theirs" or "keep mine as a
 *   copy";
 * - flush() saves now (Ctrl/Cmd+S, blur, tab switch, pagehide, before another draft loads).
 * The snapshot is taken when the save starts, not when the change happened, so a save always carries the
 * newest text and plan.
 */

/** At most this long between the last change and the start of its save. */
export const AUTOSAVE_DEBOUNCE_MS = 500;

export type SaveResult =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; conflict: boolean; message: string };

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface AutosaveOptions<S> {
  /** The revision the loaded draft is at. */
  revision: number;
  /** The state to save, read when a save starts. */
  take: () => S;
  save: (snapshot: S, options: { baseRevision: number | undefined; checkpoint: boolean }) => Promise<SaveResult>;
  /** Stores the snapshot as a new draft, beside the one that changed elsewhere. */
  saveCopy: (snapshot: S) => Promise<SaveResult>;
  onState: (state: SaveState) => void;
  debounceMs?: number;
  timers?: Timers;
}

export interface Autosaver {
  /** Something changed: save after the debounce. */
  changed: () => void;
  /** Saves now if anything is unsaved (or always, for a checkpoint); resolves when the store has answered. */
  flush: (options?: { checkpoint?: boolean }) => Promise<void>;
  /**
   * After a conflict: saves this text as a new draft and leaves the stored one as the other editor left it.
   * Never "save mine over theirs": their text may exist nowhere else (autosaves are not kept as revisions), and
   * a sub-editor who finds two drafts can compare and merge them, while one who loses a colleague's work cannot.
   */
  keepAsCopy: () => Promise<void>;
  /** A revision reached by another call (status change): later saves start from it. */
  adopt: (revision: number) => void;
  /** True while a change is not yet in the store. */
  dirty: () => boolean;
}

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export function createAutosaver<S>({ revision, take, save, saveCopy, onState, debounceMs = AUTOSAVE_DEBOUNCE_MS, timers = realTimers }: AutosaveOptions<S>): Autosaver {
  let base = revision;
  let dirty = false;
  let conflict: string | null = null;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  // A checkpoint asked for while a save runs is owed by the save that follows it.
  let checkpointOwed = false;

  const stopTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  const runOnce = async (checkpoint: boolean): Promise<void> => {
    const snapshot = take();
    dirty = false;
    onState({ kind: 'saving' });
    const result = await save(snapshot, { baseRevision: base, checkpoint });
    if (result.ok) {
      base = result.revision;
      conflict = null;
      onState(dirty ? { kind: 'unsaved' } : { kind: 'saved', at: result.savedAt });
      return;
    }
    // The text that failed is still the newest: it must be saved by the next attempt.
    dirty = true;
    conflict = result.conflict ? result.message : null;
    if (checkpoint) checkpointOwed = true;
    onState(result.conflict ? { kind: 'conflict', message: result.message } : { kind: 'failed', message: result.message });
  };

  const drain = async (checkpoint: boolean): Promise<void> => {
    // Serialized: wait for the save in flight, then save once more if anything (or a checkpoint) is owed.
    while (running) await running;
    const wantCheckpoint = checkpoint || checkpointOwed;
    if ((!dirty && !wantCheckpoint) || conflict !== null) return;
    checkpointOwed = false;
    running = runOnce(wantCheckpoint).finally(() => {
      running = null;
    });
    await running;
    if (dirty && conflict === null && timer === null) schedule();
  };

  const schedule = () => {
    stopTimer();
    timer = timers.set(() => {
      timer = null;
      void drain(false);
    }, debounceMs);
  };

  return {
    changed: () => {
      dirty = true;
      if (conflict !== null) return;
      onState({ kind: 'unsaved' });
      schedule();
    },
    flush: ({ checkpoint = false } = {}) => {
      stopTimer();
      if (checkpoint) checkpointOwed = true;
      return drain(false);
    },
    keepAsCopy: async () => {
      stopTimer();
      while (running) await running;
      const stale = conflict;
      if (stale === null) return;
      onState({ kind: 'saving' });
      const result = await saveCopy(take());
      if (!result.ok) {
        // Still in conflict, and still nothing lost: the text is in the editor, and both buttons still work.
        onState({ kind: 'conflict', message: `${stale} Saving your text as a copy failed: ${result.message}` });
        return;
      }
      // The copy holds this text now: nothing is owed to the draft that changed elsewhere.
      dirty = false;
      checkpointOwed = false;
      conflict = null;
      onState({ kind: 'saved', at: result.savedAt });
    },
    adopt: (next) => {
      base = Math.max(base, next);
    },
    dirty: () => dirty || running !== null,
  };
}

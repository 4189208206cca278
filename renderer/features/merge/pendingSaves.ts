import { FLUSH_SAVES_GLOBAL } from '../../../shared/api/bridge';

/**
 * Saves still running for drafts whose editor has gone (a tab switch unmounts the Merge tab mid-save). Loading
 * a draft waits for them, so it never reads the revision before its own last save and then reports that
 * save as a conflict.
 */
const pending = new Map<string, Promise<void>>();
/** The open editors' autosavers: their unsaved changes are not a pending save until flushed. */
const openFlushes = new Set<() => Promise<void>>();

export function trackSave(draftId: string, save: Promise<void>): void {
  const chained = Promise.all([pending.get(draftId), save]).then(() => undefined);
  pending.set(draftId, chained);
  void chained.finally(() => {
    if (pending.get(draftId) === chained) pending.delete(draftId);
  });
}

export const savesSettled = (draftId: string): Promise<void> => pending.get(draftId) ?? Promise.resolve();

/** An open editor's flush, for flushAllSaves; call the returned function when the editor goes. */
export function registerOpenFlush(flush: () => Promise<void>): () => void {
  openFlushes.add(flush);
  return () => void openFlushes.delete(flush);
}

/** Saves what every open editor has not saved yet, and waits for every save already running. */
export async function flushAllSaves(): Promise<void> {
  await Promise.allSettled([...openFlushes].map((flush) => flush()));
  await Promise.allSettled([...pending.values()]);
}

/** Lets Electron's main process flush before the window closes (see FLUSH_SAVES_GLOBAL). */
export function exposeFlushAllSaves(scope: object = globalThis): void {
  Object.defineProperty(scope, FLUSH_SAVES_GLOBAL, { value: flushAllSaves, configurable: true });
}

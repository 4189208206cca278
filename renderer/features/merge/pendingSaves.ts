/**
 * Saves still running for drafts whose editor has gone (a tab switch unmounts the Merge tab mid-save). Loading
 * a draft waits for them, so it never reads the revision before its own last save and then reports that
 * save as a conflict.
 */
const pending = new Map<string, Promise<void>>();

export function trackSave(draftId: string, save: Promise<void>): void {
  const chained = Promise.all([pending.get(draftId), save]).then(() => undefined);
  pending.set(draftId, chained);
  void chained.finally(() => {
    if (pending.get(draftId) === chained) pending.delete(draftId);
  });
}

export const savesSettled = (draftId: string): Promise<void> => pending.get(draftId) ?? Promise.resolve();

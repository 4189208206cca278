import type { Draft, DraftRevision, RevisionReason } from '../../../shared/domain/model';

/**
 * How long autosaves may go without keeping a revision. Autosave runs within a second of every pause in
 * typing, so keeping each one would fill the MAX_REVISIONS slots with a few minutes of keystrokes and push out
 * the history worth going back to; one every five minutes of editing gives "what it looked like a while ago"
 * without that churn.
 */
export const TIMED_REVISION_MS = 5 * 60 * 1000;

export const revisionOf = (draft: Draft, reason: RevisionReason): DraftRevision => ({
  draftId: draft.id,
  revision: draft.revision,
  savedAt: draft.updatedAt,
  reason,
  title: draft.title,
  content: draft.content,
  text: draft.text,
});

/** Whether an autosave at `at` should also be kept, because the newest kept revision is old enough (or none is). */
export function isTimedRevisionDue(revisions: readonly Pick<DraftRevision, 'savedAt'>[], at: Date): boolean {
  const newest = revisions.at(-1);
  if (!newest) return true;
  const keptAt = Date.parse(newest.savedAt);
  // An unreadable time (a hand-edited file) counts as long ago: keeping one revision too many is harmless.
  return Number.isNaN(keptAt) || at.getTime() - keptAt >= TIMED_REVISION_MS;
}

/** Same words in every part the sub-editor sees, so keeping it again would only add a duplicate. */
export const sameText = (a: Pick<Draft, 'title' | 'content' | 'text'>, b: Pick<Draft, 'title' | 'content' | 'text'>): boolean =>
  a.title === b.title && a.content === b.content && a.text === b.text;

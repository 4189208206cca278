import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/api/errors';
import type { DraftSaveInput, StoryDetail } from '../../../shared/api/contract';
import type { Draft, DraftRevision, DraftStatus, DraftSummary } from '../../../shared/domain/model';
import type { DraftChange } from '../store/draft-repository';
import type { Store } from '../store/open-store';
import type { DraftFile, SavedBy } from '../store/store-files';
import { isTimedRevisionDue, revisionOf, sameText } from './draft-revisions';
import { mergedDraftOf } from './draft-from-story';
import type { ServiceEvents } from './service-events';

const notFound = (id: string) => new ApiFailure('not-found', `There is no draft with id ${id}.`);

/** Who saved, as the conflict message names them; also sent in its details so the app can say it its own way. */
const SAVED_BY_WORDS: Record<SavedBy, string> = { electron: 'in the Copydesk app', web: 'in Copydesk in a browser', cli: 'from the command line' };

/**
 * A save refused because it started from an older revision than the one stored (another window, the app and
 * the CLI). The time is UTC here, as the CLI and logs read it; the app words it again in local time from
 * `details.savedAt`.
 */
function conflictOf({ draft, savedBy }: Readonly<DraftFile>): ApiFailure {
  const at = /T(\d\d:\d\d)/.exec(draft.updatedAt)?.[1];
  const by = savedBy ? SAVED_BY_WORDS[savedBy] : undefined;
  const facts = [`revision ${draft.revision}`, ...(at ? [`saved ${at} UTC${by ? ` ${by}` : ''}`] : by ? [`saved ${by}`] : [])];
  return new ApiFailure('conflict', `This draft was changed elsewhere (${facts.join(', ')}) after you opened it.`, {
    currentRevision: draft.revision,
    savedAt: draft.updatedAt,
    ...(by ? { savedBy: by } : {}),
  });
}

export interface DraftsServiceDeps {
  store: Store;
  events: ServiceEvents;
  now: () => Date;
  /** A story with its readable copies (the library's), the versions drafts.fromStory merges. */
  story: (id: string) => Promise<StoryDetail>;
  /** Which program these services run in, recorded with each save for the conflict message. */
  shell?: SavedBy;
}

type NewDraft = Pick<Draft, 'storyId' | 'title' | 'content' | 'text'>;

/**
 * Drafts: autosaved merges, their kept revisions, status, and the conflict check between two editors.
 *
 * The library lists drafts, so changes it shows (a new draft, a status, a restore, a deletion) announce
 * `library.changed`; autosaves do not: they come within a second of every pause in typing, and each
 * announcement makes every open window reload the whole library (a title typed in the editor appears in the
 * list at the next reload of any kind).
 */
export function createDraftsService({ store, events, now, story, shell }: DraftsServiceDeps) {
  const changed = (reason: string) => events.emit('library.changed', { reason });

  async function create(fields: NewDraft): Promise<Draft> {
    const at = now().toISOString();
    const draft: Draft = { id: randomUUID(), status: 'draft', revision: 1, createdAt: at, updatedAt: at, exports: [], ...fields };
    const saved = await store.drafts.create(draft, revisionOf(draft, 'created'), shell);
    changed('draft-created');
    return saved;
  }

  /** Applies `next(current)` to a stored draft inside its write queue; not-found for an unknown id. */
  async function revise(id: string, next: (current: Readonly<DraftFile>) => DraftChange): Promise<Draft> {
    const saved = await store.drafts.revise(id, next);
    if (saved) return saved;
    // The editor still shows this draft: it offers to keep the text as a new draft (details.deletedElsewhere).
    if (store.drafts.wasDeleted(id)) {
      throw new ApiFailure('not-found', 'This draft was deleted elsewhere (in another window or program) after you opened it.', { deletedElsewhere: true });
    }
    throw notFound(id);
  }

  const checkStory = (storyId: string | null) => {
    if (storyId !== null && !store.stories.get(storyId)) {
      throw new ApiFailure('not-found', `There is no story with id ${storyId} to attach this draft to.`);
    }
  };

  return {
    list(): DraftSummary[] {
      return store.drafts.list();
    },

    async get(id: string): Promise<Draft> {
      const draft = await store.drafts.get(id);
      if (!draft) throw notFound(id);
      return draft;
    },

    /** Newest first. */
    async revisions(id: string): Promise<DraftRevision[]> {
      const revisions = await store.drafts.revisions(id);
      if (!revisions) throw notFound(id);
      return revisions.reverse();
    },

    async save(input: DraftSaveInput): Promise<Draft> {
      checkStory(input.storyId);
      const fields = { storyId: input.storyId, title: input.title, content: input.content, text: input.text };
      if (input.id === undefined) return create(fields);
      const { baseRevision, checkpoint } = input;
      const at = now();
      return revise(input.id, (current) => {
        // Checked inside the file's write queue, so two windows saving at once cannot both win.
        if (baseRevision !== undefined && baseRevision < current.draft.revision) {
          throw conflictOf(current);
        }
        // Every save counts a revision, kept or not, so the conflict check sees autosaves too.
        const draft: Draft = { ...current.draft, ...fields, updatedAt: at.toISOString(), revision: current.draft.revision + 1 };
        const reason = checkpoint ? 'saved' : isTimedRevisionDue(current.kept, at) ? 'timed' : null;
        return { draft, keep: reason ? [revisionOf(draft, reason)] : [], savedBy: shell };
      });
    },

    async restore(id: string, revision: number): Promise<Draft> {
      const current = await store.drafts.get(id);
      if (!current) throw notFound(id);
      const chosen = await store.drafts.revision(id, revision);
      if (!chosen) {
        const kept = store.drafts.kept(id)?.map((k) => k.revision) ?? [];
        const message = kept.includes(revision)
          ? `Revision ${revision} of draft ${id} could not be read (see the store notices).`
          : `Draft ${id} has no kept revision ${revision} (kept: ${kept.join(', ') || 'none'}).`;
        throw new ApiFailure('not-found', message, { revision });
      }
      // The newest kept revision's words, to tell whether the text being replaced is already kept; read only
      // when the draft was saved since (a revision numbered as the draft is that very text).
      const newestKept = store.drafts.kept(id)?.at(-1);
      const newest = newestKept && newestKept.revision !== current.revision ? await store.drafts.revision(id, newestKept.revision) : undefined;
      const at = now().toISOString();
      const restored = await revise(id, ({ draft: replaced, kept }) => {
        const last = kept.at(-1);
        const alreadyKept = last !== undefined && (last.revision === replaced.revision || (newest?.revision === last.revision && sameText(newest, replaced)));
        const draft: Draft = { ...replaced, title: chosen.title, content: chosen.content, text: chosen.text, updatedAt: at, revision: replaced.revision + 1 };
        // The text being replaced goes into the history first, so a restore can itself be undone.
        return { draft, keep: [...(alreadyKept ? [] : [revisionOf(replaced, 'before-restore')]), revisionOf(draft, 'restored')], savedBy: shell };
      });
      changed('draft-restored');
      return restored;
    },

    /** Not counted as a revision: a status is not an edit, and an open editor's next autosave must not conflict. */
    async setStatus(id: string, status: DraftStatus): Promise<Draft> {
      const saved = await revise(id, (current) => ({ draft: { ...current.draft, status }, keep: [] }));
      changed('draft-status');
      return saved;
    },

    async fromStory(storyId: string, policy: string | undefined): Promise<Draft> {
      const detail = await story(storyId);
      return create({ storyId, ...mergedDraftOf(detail, policy, store.meta.settings().diffBudgetMs) });
    },

    async delete(id: string): Promise<{ id: string }> {
      if (!(await store.drafts.delete(id))) throw notFound(id);
      changed('draft-deleted');
      return { id };
    },
  };
}

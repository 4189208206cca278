import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/api/errors';
import type { DraftSaveInput } from '../../../shared/api/contract';
import type { Draft, DraftRevision, DraftSummary } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import { MAX_REVISIONS } from '../store/store-files';

const revisionOf = (draft: Draft): DraftRevision => ({
  draftId: draft.id,
  revision: draft.revision,
  savedAt: draft.updatedAt,
  title: draft.title,
  content: draft.content,
  text: draft.text,
});

const notFound = (id: string) => new ApiFailure('not-found', `There is no draft with id ${id}.`);

/**
 * Drafts: autosaved merges with their recent revisions, and the conflict check between two editors. Saving
 * announces nothing: the library does not list drafts, and a library reload on every autosave would cost a
 * full listing each few seconds.
 */
export function createDraftsService(store: Store, now: () => Date) {
  return {
    list(): DraftSummary[] {
      return store.drafts.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    get(id: string): Draft {
      const draft = store.drafts.get(id);
      if (!draft) throw notFound(id);
      return draft;
    },

    revisions(id: string): DraftRevision[] {
      const revisions = store.drafts.revisions(id);
      if (!revisions) throw notFound(id);
      return revisions.reverse();
    },

    async save(input: DraftSaveInput): Promise<Draft> {
      if (input.storyId !== null && !store.stories.get(input.storyId)) {
        throw new ApiFailure('not-found', `There is no story with id ${input.storyId} to attach this draft to.`);
      }
      const at = now().toISOString();
      const fields = { storyId: input.storyId, title: input.title, content: input.content, text: input.text, updatedAt: at };
      let saved: Draft | undefined;
      if (input.id === undefined) {
        const draft: Draft = { id: randomUUID(), revision: 1, createdAt: at, ...fields };
        saved = await store.drafts.create({ draft, revisions: [revisionOf(draft)] });
      } else {
        const { baseRevision } = input;
        saved = await store.drafts.revise(input.id, (current) => {
          // Checked inside the file's write queue, so two windows saving at once cannot both win.
          if (baseRevision !== undefined && baseRevision < current.draft.revision) {
            throw new ApiFailure(
              'conflict',
              `This draft was saved elsewhere (revision ${current.draft.revision}) after the revision ${baseRevision} this edit started from.`,
              { currentRevision: current.draft.revision },
            );
          }
          const draft: Draft = { ...current.draft, ...fields, revision: current.draft.revision + 1 };
          return { draft, revisions: [...current.revisions, revisionOf(draft)].slice(-MAX_REVISIONS) };
        });
        if (!saved) throw notFound(input.id);
      }
      return saved;
    },

    async delete(id: string): Promise<{ id: string }> {
      if (!(await store.drafts.delete(id))) throw notFound(id);
      return { id };
    },
  };
}

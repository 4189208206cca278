import { ApiFailure } from '../../../shared/api/errors';
import type { DraftSaveInput } from '../../../shared/api/contract';
import { draftText, parseDraftDocument, serializeDraftDocument } from '../../../shared/domain/draft';
import { fixDraftDocument } from '../../../shared/domain/export';
import type { Draft } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import type { ServiceEvents } from './service-events';

export interface ExportFixDeps {
  store: Store;
  drafts: { get: (id: string) => Promise<Draft>; save: (input: DraftSaveInput) => Promise<Draft> };
  events: ServiceEvents;
}

export interface ExportFixInput {
  id: string;
  problems: readonly string[] | 'all';
  baseRevision: number;
}

const conflict = (draft: Draft, base: number) =>
  new ApiFailure('conflict', `This draft was saved elsewhere (revision ${draft.revision}) after the revision ${base} the fix was asked for: reload it and fix again.`, {
    currentRevision: draft.revision,
  });

/**
 * export.fix: the export check's own fixes made in the stored draft (domain/export fixDraftDocument), saved
 * through the drafts service like the editor's Ctrl+S, so the conflict check, status and export history are
 * the same as for any save. The text before the fix is kept as a revision first (unless it already is), so
 * the Revisions panel can bring it back in one step.
 */
export function createExportFix({ store, drafts, events }: ExportFixDeps) {
  return async (input: ExportFixInput): Promise<{ draft: Draft; fixed: number; left: number }> => {
    const draft = await drafts.get(input.id);
    // A fix made to an older text than the editor's would overwrite what it typed since.
    if (draft.revision !== input.baseRevision) throw conflict(draft, input.baseRevision);
    const parsed = parseDraftDocument(draft.content);
    if (!parsed.ok) throw new ApiFailure('invalid-input', `Draft ${draft.id} is not a document the fix can edit (${parsed.problem}): fix it in the editor.`);
    const ids = input.problems === 'all' ? 'all' : new Set(input.problems);
    const { document, fixed, left } = fixDraftDocument(parsed.document, ids, { quoteStyle: store.meta.settings().quoteStyle });
    if (fixed === 0) return { draft, fixed, left };

    const save = (base: Draft, content: string, text: string, title: string) =>
      drafts.save({ id: base.id, storyId: base.storyId, title, content, text, baseRevision: base.revision, checkpoint: true });
    const keptAlready = store.drafts.kept(draft.id)?.at(-1)?.revision === draft.revision;
    const before = keptAlready ? draft : await save(draft, draft.content, draft.text, draft.title);
    // The title follows the headline, as the editor's saves make it.
    const saved = await save(before, serializeDraftDocument(document), draftText(document), document.fields.headline.trim() || draft.title);
    events.emit('library.changed', { reason: 'draft-fixed' });
    return { draft: saved, fixed, left };
  };
}

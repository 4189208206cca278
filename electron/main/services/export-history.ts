import { MAX_EXPORT_RECORDS, type Draft, type ExportRecord } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';

/**
 * Records files written from a draft in its export history (oldest dropped beyond MAX_EXPORT_RECORDS) and
 * marks it exported. Not an edit: the revision and updatedAt stay, so the editor's next autosave (which
 * carries its baseRevision) does not conflict, and drafts.save keeps both fields since it only replaces the
 * text. Goes through the draft file's write queue, atomic like every store write. False for a draft deleted
 * meanwhile (the files stay written).
 */
export async function recordExports(store: Store, draftId: string, records: readonly ExportRecord[]): Promise<boolean> {
  const saved = await store.drafts.revise(draftId, ({ draft }): { draft: Draft; keep: [] } => ({
    draft: { ...draft, status: 'exported', exports: [...draft.exports, ...records].slice(-MAX_EXPORT_RECORDS) },
    keep: [],
  }));
  return saved !== undefined;
}

import type { DraftSummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog';

/** Asks before a draft and its kept revisions leave the store: unlike a copy, nothing can bring them back. */
export function DeleteDraftDialog({ draft, onDone, onClose }: { draft: DraftSummary; onDone: (id: string) => void; onClose: () => void }) {
  const { api } = useApi();
  return (
    <ConfirmDeleteDialog
      title="Delete this draft?"
      description={`${draft.title || 'Untitled draft'}, with its saved revisions. This cannot be undone; the copies it was merged from stay in the library.`}
      testId="delete-draft-dialog"
      remove={() => api['drafts.delete']({ id: draft.id })}
      onDone={({ id }) => onDone(id)}
      onClose={onClose}
    />
  );
}

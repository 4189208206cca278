import type { DraftSummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSubmit } from '../regroup/useSubmit';

/** Asks before a draft and its kept revisions leave the store: unlike a copy, nothing can bring them back. */
export function DeleteDraftDialog({ draft, onDone, onClose }: { draft: DraftSummary; onDone: (id: string) => void; onClose: () => void }) {
  const { api } = useApi();
  const { busy, error, submit } = useSubmit<{ id: string }>(({ id }) => onDone(id));
  return (
    <Dialog
      title="Delete this draft?"
      description={`${draft.title || 'Untitled draft'}, with its saved revisions. This cannot be undone; the copies it was merged from stay in the library.`}
      size="small"
      testId="delete-draft-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit(() => api['drafts.delete']({ id: draft.id }))}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
        </>
      }
    >
      {error && <ErrorMessage error={error} />}
    </Dialog>
  );
}

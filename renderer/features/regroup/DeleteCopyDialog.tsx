import type { CopySummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSubmit } from './useSubmit';

/** Asks before a copy leaves the store for good; importing the file again would bring it back. */
export function DeleteCopyDialog({ copy, onDone, onClose }: { copy: CopySummary; onDone: (deleted: string[]) => void; onClose: () => void }) {
  const { api } = useApi();
  const { busy, error, submit } = useSubmit<{ deleted: string[] }>(({ deleted }) => onDone(deleted));
  return (
    <Dialog
      title="Delete this copy?"
      description={`${copy.outlet ?? 'Unknown outlet'}: ${copy.headline ?? 'Untitled copy'}. It leaves the library and its story; importing ${copy.origin.source} again brings it back.`}
      size="small"
      testId="delete-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit(() => api['copies.delete']({ ids: [copy.id] }))}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
        </>
      }
    >
      {error ? <ErrorMessage error={error} /> : <p className="dialog__plain">Drafts that quote it keep their text.</p>}
    </Dialog>
  );
}

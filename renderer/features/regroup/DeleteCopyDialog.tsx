import type { CopySummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog';

/** Asks before a copy leaves the store for good; importing the file again would bring it back. */
export function DeleteCopyDialog({ copy, onDone, onClose }: { copy: CopySummary; onDone: (deleted: string[]) => void; onClose: () => void }) {
  const { api } = useApi();
  return (
    <ConfirmDeleteDialog
      title="Delete this copy?"
      description={`${copy.outlet ?? 'Unknown outlet'}: ${copy.headline ?? 'Untitled copy'}. It leaves the library and its story; importing ${copy.origin.source} again brings it back.`}
      testId="delete-dialog"
      remove={() => api['copies.delete']({ ids: [copy.id] })}
      onDone={({ deleted }) => onDone(deleted)}
      onClose={onClose}
      note={<p className="dialog__plain">Drafts that quote it keep their text.</p>}
    />
  );
}

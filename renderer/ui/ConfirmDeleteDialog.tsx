import type { ReactNode } from 'react';
import type { ApiResult } from '../../shared/api/errors';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';
import { useSubmit } from './useSubmit';

interface Props<T> {
  title: string;
  /** What goes and what it takes with it, or what can bring it back: the reader decides on this sentence. */
  description: string;
  testId: string;
  /** The deletion itself; its value is handed to `onDone`. */
  remove: () => Promise<ApiResult<T>>;
  onDone: (value: T) => void;
  onClose: () => void;
  /** Shown in the body until an error takes its place. */
  note?: ReactNode;
}

/**
 * Asks before something leaves the store. Cancel takes focus first, so a stray Enter keeps what is there; the
 * Delete button shows the call in flight and cannot be pressed twice.
 */
export function ConfirmDeleteDialog<T>({ title, description, testId, remove, onDone, onClose, note }: Props<T>) {
  const { busy, error, submit } = useSubmit<T>(onDone);
  return (
    <Dialog
      title={title}
      description={description}
      size="small"
      testId={testId}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void submit(remove)}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
        </>
      }
    >
      {error ? <ErrorMessage error={error} /> : note}
    </Dialog>
  );
}

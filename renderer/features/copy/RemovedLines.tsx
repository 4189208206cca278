import { useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  copyId: string;
  lines: string[];
  /** The stored copy after a restore, so the view shows the line back in the text at once. */
  onRestored: () => void;
}

/**
 * The page chrome the cleaner took out, kept in view on demand so an editor can check nothing of the story
 * went with it, and put back any line that did.
 */
export function RemovedLines({ copyId, lines, onRestored }: Props) {
  const { api } = useApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (lines.length === 0) return null;

  const restore = async (index: number) => {
    setBusy(index);
    setError(null);
    const result = await api['copies.restoreRemoved']({ id: copyId, index });
    setBusy(null);
    if (result.ok) onRestored();
    else setError(result.error);
  };

  return (
    <details className="removed-lines" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="removed-lines__summary">
        {lines.length} {lines.length === 1 ? 'line' : 'lines'} of page chrome removed — {open ? 'hide' : 'show'}
      </summary>
      {error && <ErrorMessage error={error} />}
      <ol className="removed-lines__list" aria-label="Removed lines">
        {lines.map((line, index) => (
          <li key={`${index}:${line}`} className="removed-lines__item" data-testid="removed-line">
            <div className="removed-lines__row">
              <span className="removed-lines__text">{line}</span>
              <button
                type="button"
                className="button button--small removed-lines__restore"
                aria-label={`Restore “${line.length > 60 ? `${line.slice(0, 60)}…` : line}”`}
                disabled={busy !== null}
                onClick={() => void restore(index)}
              >
                {busy === index ? 'Restoring…' : 'Restore'}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}

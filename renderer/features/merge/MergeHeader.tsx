import { useId } from 'react';
import { DraftStatus } from '../../../shared/domain/model';
import { shortcutLabel } from '../../app/shortcuts';
import type { SaveState } from './autosave';
import { STATUS_LABELS } from '../library/DraftRow';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  title: string;
  status: DraftStatus;
  onStatus: (status: DraftStatus) => void;
  save: SaveState;
  onSave: () => void;
  onRetry: () => void;
  onExport: () => void;
}

/** The draft's title, its place in the desk's flow, and saving: the explicit save keeps a revision. */
export function MergeHeader({ title, status, onStatus, save, onSave, onRetry, onExport }: Props) {
  const statusId = useId();
  return (
    <header className="merge-header">
      <h2 className="merge-header__title" data-testid="merge-title">
        {title.trim() || 'Untitled draft'}
      </h2>
      <label htmlFor={statusId} className="merge-header__label">
        Status
      </label>
      <select id={statusId} value={status} onChange={(event) => onStatus(DraftStatus.parse(event.target.value))} data-testid="merge-status">
        {DraftStatus.options.map((option) => (
          <option key={option} value={option}>
            {STATUS_LABELS[option]}
          </option>
        ))}
      </select>
      <SaveIndicator state={save} onRetry={onRetry} />
      <button type="button" className="button button--small" onClick={onSave} aria-keyshortcuts={shortcutLabel('S', 'aria')} title={`Save and keep a revision (${shortcutLabel('S', 'display')})`}>
        Save
      </button>
      <button type="button" className="button button--small" onClick={onExport} aria-keyshortcuts={shortcutLabel('E', 'aria')} title={`Export this draft (${shortcutLabel('E', 'display')})`}>
        Export…
      </button>
    </header>
  );
}

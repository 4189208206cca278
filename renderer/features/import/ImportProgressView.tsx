import type { ImportProgress } from './runFileImport';

interface Props {
  progress: ImportProgress;
  cancellable: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

/** How far the running import is, the file in hand, and the way to stop it. */
export function ImportProgressView({ progress, cancellable, cancelling, onCancel }: Props) {
  const { done, total, current } = progress;
  const known = total > 0;
  const label = known ? `Importing ${done.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'file' : 'files'}` : 'Importing…';
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress__top">
        <span className="import-progress__label">{cancelling ? 'Cancelling after the files in hand…' : label}</span>
        {cancellable && (
          <button type="button" className="button button--small" onClick={onCancel} disabled={cancelling}>
            Cancel
          </button>
        )}
      </div>
      <div
        className={`import-progress__bar${known ? '' : ' is-indeterminate'}`}
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={known ? `${done} of ${total} files` : 'Starting'}
      >
        <span className="import-progress__fill" style={known ? { width: `${(100 * done) / total}%` } : undefined} />
      </div>
      <div className="import-progress__current" title={current}>
        {current || '\u00a0'}
      </div>
    </div>
  );
}

import type { ImportProgress } from './runFileImport';

/** The same bar serves a batch export (features/export), in its own words. */
const WORDS = {
  import: { running: 'Importing', name: 'Import progress', testId: 'import-progress' },
  export: { running: 'Exporting', name: 'Export progress', testId: 'export-progress' },
};

interface Props {
  progress: ImportProgress;
  kind?: keyof typeof WORDS;
  cancellable: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

/** How far the running import (or batch export) is, the file in hand, and the way to stop it. */
export function ImportProgressView({ progress, kind = 'import', cancellable, cancelling, onCancel }: Props) {
  const { done, total, current } = progress;
  const words = WORDS[kind];
  const known = total > 0;
  const label = known ? `${words.running} ${done.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'file' : 'files'}` : `${words.running}…`;
  return (
    <div className="import-progress" data-testid={words.testId}>
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
        aria-label={words.name}
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

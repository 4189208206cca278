import type { SaveState } from './autosave';

const clock = (iso: string | null): string => {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
};

/** Where the text stands against the store, announced politely so a screen reader hears saves fail. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <span className={`merge-save merge-save--${state.kind}`} role="status" aria-live="polite" data-testid="merge-save-state">
      {state.kind === 'saved' && (state.at ? `Saved ${clock(state.at)}` : 'Saved')}
      {state.kind === 'unsaved' && 'Unsaved changes'}
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'conflict' && 'Not saved: edited elsewhere'}
      {state.kind === 'failed' && (
        <>
          Not saved: {state.message}{' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </span>
  );
}

/**
 * A save refused because the draft changed elsewhere (another window, another computer's Copydesk, the
 * command line). Both ways out lose nothing that was saved: reloading drops only the unsaved edits made here,
 * and keeping them makes a second draft rather than writing over the other editor's words.
 */
export function ConflictNotice({ message, onReload, onKeepCopy }: { message: string; onReload: () => void; onKeepCopy: () => void }) {
  return (
    <div className="merge-conflict" role="alert" data-testid="merge-conflict">
      <p className="merge-conflict__text">
        {message} Your changes since then are not saved. Reload theirs to drop them, or keep yours as a copy: a new draft beside theirs, which stays as it was saved.
      </p>
      <div className="merge-conflict__actions">
        <button type="button" className="button button--small" onClick={onReload}>
          Reload theirs
        </button>
        <button type="button" className="button button--small button--primary" onClick={onKeepCopy}>
          Keep mine as a copy
        </button>
      </div>
    </div>
  );
}

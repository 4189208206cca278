/** A save refused because the draft changed elsewhere: the sub-editor chooses whose text survives. */
export function ConflictNotice({ message, onReload, onKeepMine }: { message: string; onReload: () => void; onKeepMine: () => void }) {
  return (
    <div className="merge-conflict" role="alert" data-testid="merge-conflict">
      <p className="merge-conflict__text">
        {message} Your changes since then are not saved. Reload the stored text (your changes here are lost), or keep yours: it is saved as the newest revision and the other one stays in the revisions list.
      </p>
      <div className="merge-conflict__actions">
        <button type="button" className="button button--small" onClick={onReload}>
          Reload theirs
        </button>
        <button type="button" className="button button--small button--primary" onClick={onKeepMine}>
          Keep mine (save as new revision)
        </button>
      </div>
    </div>
  );
}

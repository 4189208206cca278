import type { MergedPassage } from '../../../shared/domain/merge';

/** A passage's differing wordings, each with the outlets printing it and a one-click swap. */
export function WordingChoices({ passage, names, onUse }: { passage: MergedPassage; names: Map<string, string>; onUse: (text: string) => void }) {
  return (
    <ul className="merge-wordings" aria-label="Wordings">
      {passage.wordings.map((wording) => {
        const chosen = wording.text === passage.text;
        return (
          <li key={wording.text} className={`merge-wordings__item${chosen ? ' is-chosen' : ''}`}>
            <span className="merge-wordings__outlets">{wording.versions.map((v) => names.get(v) ?? v).join(', ')}</span>
            <span className="merge-wordings__text">{wording.text}</span>
            {chosen ? (
              <span className="merge-wordings__current">In the text</span>
            ) : (
              <button type="button" className="button button--small" onClick={() => onUse(wording.text)}>
                Use this wording
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

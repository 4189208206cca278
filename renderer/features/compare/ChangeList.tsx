import type { Change } from '../../../shared/domain/diff';
import { CHANGE_LABEL, changeSummary } from './changeLabels';

/** Every change of the pair, in reading order; choosing one brings its row into view. */
export function ChangeList({ changes, current, onChoose }: { changes: readonly Change[]; current: number | null; onChoose: (index: number) => void }) {
  if (changes.length === 0) return <p className="compare-changes__none">No changes: these versions say the same thing.</p>;
  return (
    <ol className="compare-changes" aria-label="Changes">
      {changes.map((change, k) => (
        <li key={k}>
          <button
            type="button"
            className={`compare-changes__item compare-changes__item--${change.kind}${k === current ? ' is-current' : ''}`}
            aria-current={k === current ? 'true' : undefined}
            data-testid="compare-change"
            onClick={() => onChoose(k)}
          >
            <span className="compare-changes__kind">{CHANGE_LABEL[change.kind]}</span>
            <span className="compare-changes__text">{changeSummary(change)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

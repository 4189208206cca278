import type { ChangeCounts } from '../../../shared/domain/diff';
import type { WireCopy } from '../../../shared/domain/model';
import { ToggleGroup, type ToggleChoice } from '../../ui/ToggleGroup';
import { countPhrases } from './changeLabels';
import type { IgnoreOptions } from './comparePair';
import type { Pair } from './defaultPair';
import { versionLabel } from './versionLabel';

export type CompareView = 'side-by-side' | 'inline' | 'matrix';

const VIEWS: ToggleChoice<CompareView>[] = [
  { value: 'side-by-side', label: 'Side by side' },
  { value: 'inline', label: 'Inline' },
  { value: 'matrix', label: 'Matrix' },
];

const TOGGLES: { key: keyof IgnoreOptions; label: string }[] = [
  { key: 'ignoreWhitespace', label: 'Ignore whitespace' },
  { key: 'ignoreTypography', label: 'Ignore quote & dash style' },
  { key: 'ignoreCase', label: 'Ignore case' },
];

export interface CompareToolbarProps {
  view: CompareView;
  onView: (view: CompareView) => void;
  /** Versions oldest first; the last is the newest. */
  ordered: readonly WireCopy[];
  pair: Pair;
  onPair: (pair: Pair) => void;
  options: IgnoreOptions;
  onOptions: (options: IgnoreOptions) => void;
  /** Null when the pair is not one story (nothing to count or step through). */
  counts: ChangeCounts | null;
  onStep: (step: 1 | -1) => void;
}

function VersionPicker({ id, label, value, ordered, onChange }: { id: string; label: string; value: string; ordered: readonly WireCopy[]; onChange: (id: string) => void }) {
  return (
    <label className="compare-toolbar__picker" htmlFor={id}>
      <span className="compare-toolbar__label">{label}</span>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {ordered.map((copy, k) => (
          <option key={copy.id} value={copy.id}>
            {versionLabel(copy)}
            {k === ordered.length - 1 ? ' (newest)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** View switch, the compared pair, what is ignored, the counts and next/previous change. */
export function CompareToolbar({ view, onView, ordered, pair, onPair, options, onOptions, counts, onStep }: CompareToolbarProps) {
  const pairwise = view !== 'matrix';
  return (
    <div className="compare-toolbar" role="toolbar" aria-label="Compare">
      <div className="compare-toolbar__row">
        <ToggleGroup label="View" choices={VIEWS} value={view} onChoose={onView} />
        {pairwise && (
          <div className="compare-toolbar__pair">
            <VersionPicker id="compare-from" label="From" value={pair.from} ordered={ordered} onChange={(from) => onPair({ ...pair, from })} />
            <button type="button" className="button button--small" onClick={() => onPair({ from: pair.to, to: pair.from })} title="Swap From and To">
              ⇄ Swap
            </button>
            <VersionPicker id="compare-to" label="To" value={pair.to} ordered={ordered} onChange={(to) => onPair({ ...pair, to })} />
          </div>
        )}
      </div>
      <div className="compare-toolbar__row">
        <fieldset className="compare-toolbar__options">
          <legend className="visually-hidden">Ignore in the comparison</legend>
          {TOGGLES.map(({ key, label }) => (
            <label key={key} className="compare-toolbar__option">
              <input type="checkbox" checked={options[key]} onChange={(event) => onOptions({ ...options, [key]: event.target.checked })} />
              {label}
            </label>
          ))}
        </fieldset>
        {pairwise && counts && (
          <>
            <p className="compare-toolbar__counts" data-testid="compare-counts" aria-live="polite">
              {countPhrases(counts).map(({ key, text }) => (
                <span key={key} className={`compare-count compare-count--${key}`} data-testid={`count-${key}`}>
                  {text}
                </span>
              ))}
            </p>
            <div className="compare-toolbar__steps">
              <button type="button" className="button button--small" onClick={() => onStep(-1)} aria-keyshortcuts="Shift+F7" title="Previous change (Shift+F7)">
                ↑ Previous
              </button>
              <button type="button" className="button button--small" onClick={() => onStep(1)} aria-keyshortcuts="F7" title="Next change (F7)">
                ↓ Next
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { orderByTime } from '../../../shared/domain/align';
import type { WireCopy } from '../../../shared/domain/model';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { stepChange } from './changeNavigation';
import { comparePair, type IgnoreOptions } from './comparePair';
import { CompareToolbar, type CompareView } from './CompareToolbar';
import { defaultPair, type Pair } from './defaultPair';
import { InlineView } from './InlineView';
import { MarkLegend } from './MarkLegend';
import { MatrixView } from './MatrixView';
import { NotOneStory } from './NotOneStory';
import { SideBySideView } from './SideBySideView';
import { useAlignment } from './useAlignment';
import { useChangeKeys } from './useChangeKeys';
import { versionLabel } from './versionLabel';

export interface StoryCompareProps {
  /** The story's versions (two or more), in import order. */
  copies: readonly WireCopy[];
  selectedCopyId: string | null;
  view: CompareView;
  onView: (view: CompareView) => void;
  options: IgnoreOptions;
  onOptions: (options: IgnoreOptions) => void;
  /** Settings.diffBudgetMs: the wall-clock budget of each diff, past which the answer is marked approximate. */
  budgetMs: number;
}

/**
 * The Compare tab for one story. The pair is compared on the UI thread (one budgeted diff takes a few
 * milliseconds even on long stories, and switching pairs must feel instant); the whole-story alignment runs
 * in a worker, since it compares every version.
 */
export function StoryCompare({ copies, selectedCopyId, view, onView, options, onOptions, budgetMs }: StoryCompareProps) {
  const ordered = useMemo(() => orderByTime(copies), [copies]);
  const ids = useMemo(() => ordered.map((copy) => copy.id), [ordered]);
  const [chosen, setChosen] = useState<Pair | null>(null);
  // A chosen pair whose versions left the story (regrouped, deleted) gives way to the default.
  const pair = chosen && ids.includes(chosen.from) && ids.includes(chosen.to) ? chosen : defaultPair(ids, selectedCopyId)!;
  const from = ordered.find((copy) => copy.id === pair.from)!;
  const to = ordered.find((copy) => copy.id === pair.to)!;

  const compared = useMemo(() => ({ ...options, timeoutMs: budgetMs }), [options, budgetMs]);
  const comparison = useMemo(() => comparePair(from, to, compared), [from, to, compared]);
  const alignment = useAlignment(ordered, compared);
  const [current, setCurrent] = useState<{ key: object; index: number | null }>({ key: comparison, index: null });
  // The current change belongs to one comparison: a new pair or new options start again from no change.
  const currentIndex = current.key === comparison ? current.index : null;
  const total = comparison.diff.related ? comparison.diff.changes.length : 0;

  const step = useCallback((direction: 1 | -1) => setCurrent({ key: comparison, index: stepChange(currentIndex, direction, total) }), [comparison, currentIndex, total]);
  useChangeKeys(view === 'matrix' ? noStep : step);

  const body = () => {
    if (view === 'matrix') {
      if (alignment.status === 'loading') return <Loading label="Aligning every version…" />;
      if (alignment.status === 'error') return <ErrorMessage error={{ code: 'internal', message: alignment.message }} />;
      return <MatrixView alignment={alignment.alignment} copies={ordered} />;
    }
    const { diff, rows } = comparison;
    if (!diff.related) return <NotOneStory diff={diff} />;
    if (view === 'inline') return <InlineView diff={diff} rows={rows} current={currentIndex} />;
    return (
      <SideBySideView
        diff={diff}
        rows={rows}
        fromLabel={versionLabel(from)}
        toLabel={versionLabel(to)}
        current={currentIndex}
        onCurrent={(index) => setCurrent({ key: comparison, index })}
      />
    );
  };

  return (
    <section className="compare" data-testid="compare" data-pair={`${pair.from}>${pair.to}`} aria-label="Compare versions">
      <CompareToolbar
        view={view}
        onView={onView}
        ordered={ordered}
        pair={pair}
        onPair={setChosen}
        options={options}
        onOptions={onOptions}
        counts={comparison.diff.related ? comparison.diff.counts : null}
        onStep={step}
      />
      {view !== 'matrix' && comparison.diff.approximate && (
        <p className="compare__approximate" role="note">
          These versions are long: a size limit made this comparison coarser than usual (changes may be grouped).
        </p>
      )}
      {view !== 'matrix' && comparison.diff.related && <MarkLegend />}
      <div className="compare__body">{body()}</div>
    </section>
  );
}

const noStep = () => {};

import { useMemo, useState } from 'react';
import { DEFAULT_COMPARE_OPTIONS } from '../../../shared/domain/diff';
import { plainTextToParagraphs } from '../../../shared/domain/extract/plain-paragraphs';
import { Dialog } from '../../ui/Dialog';
import { comparePair } from '../compare/comparePair';
import { InlineView } from '../compare/InlineView';
import { MarkLegend } from '../compare/MarkLegend';
import { NotOneStory } from '../compare/NotOneStory';
import { SideBySideView } from '../compare/SideBySideView';
import '../compare/compare.css';

const { ignoreWhitespace, ignoreTypography, ignoreCase } = DEFAULT_COMPARE_OPTIONS;

interface Props {
  label: string;
  revisionText: string;
  currentText: string;
  onClose: () => void;
}

/** A kept revision against the text in the editor, in the Compare tab's own side-by-side and inline views. */
export function RevisionCompareDialog({ label, revisionText, currentText, onClose }: Props) {
  const [view, setView] = useState<'side-by-side' | 'inline'>('side-by-side');
  const [current, setCurrent] = useState<number | null>(null);
  const { diff, rows } = useMemo(
    () =>
      comparePair(
        { id: 'revision', outlet: null, publishedAt: null, paragraphs: plainTextToParagraphs(revisionText) },
        { id: 'current', outlet: null, publishedAt: null, paragraphs: plainTextToParagraphs(currentText) },
        { ignoreWhitespace, ignoreTypography, ignoreCase },
      ),
    [revisionText, currentText],
  );

  const body = () => {
    if (!diff.related) return <NotOneStory diff={diff} />;
    if (diff.changes.length === 0) return <p className="revision-compare__same">This revision reads the same as the current text.</p>;
    if (view === 'inline') return <InlineView diff={diff} rows={rows} current={current} />;
    return <SideBySideView diff={diff} rows={rows} fromLabel={label} toLabel="Current text" current={current} onCurrent={setCurrent} />;
  };

  return (
    <Dialog title={`${label} compared with the current text`} onClose={onClose} size="large" testId="revision-compare">
      <div className="revision-compare__views" role="group" aria-label="View">
        {(['side-by-side', 'inline'] as const).map((v) => (
          <button key={v} type="button" className="button button--small" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'side-by-side' ? 'Side by side' : 'Inline'}
          </button>
        ))}
      </div>
      {diff.related && diff.changes.length > 0 && <MarkLegend />}
      <div className="revision-compare__body">{body()}</div>
    </Dialog>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import type { RelatedDiff, SideBySideRow } from '../../../shared/domain/diff';
import { ChangeList } from './ChangeList';
import { ROW_LABEL } from './changeLabels';
import { moveLabel, movePartners } from './movePartners';
import { sideContent, type SideContent } from './rowText';
import { useRowWindow } from './useRowWindow';
import { WordRuns } from './WordRuns';

// Estimated heights for windowing long stories: a line of reading text holds about this many characters in
// each half of the view at 1440 px; a wrong guess only shifts the scrollbar a little.
const CHARS_PER_LINE = 62;
const LINE_PX = 24;
const ROW_PADDING_PX = 18;

function Side({ content }: { content: SideContent }) {
  if (content.kind === 'empty') return <span className="visually-hidden">Not in this version</span>;
  if (content.kind === 'words') return <WordRuns words={content.words} />;
  return <>{content.text}</>;
}

/** The longer side of a row, in characters, for its estimated height. */
const rowChars = (diff: RelatedDiff, row: SideBySideRow) =>
  Math.max(
    row.old.reduce((n, i) => n + diff.oldSentences[i]!.text.length + 1, 0),
    row.new.reduce((n, i) => n + diff.newSentences[i]!.text.length + 1, 0),
  );

export interface SideBySideViewProps {
  diff: RelatedDiff;
  rows: readonly SideBySideRow[];
  fromLabel: string;
  toLabel: string;
  current: number | null;
  onCurrent: (index: number) => void;
}

/**
 * Two versions in aligned rows, in one scroll container so both columns always scroll together, with the
 * change list beside them. A move shows in both places, labelled where it left and where it arrived.
 */
export function SideBySideView({ diff, rows, fromLabel, toLabel, current, onCurrent }: SideBySideViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const heights = useMemo(
    () =>
      rows.map((row) => ROW_PADDING_PX + LINE_PX * Math.max(1, Math.ceil(rowChars(diff, row) / CHARS_PER_LINE))),
    [diff, rows],
  );
  const { start, end, before, after, scrollToRow } = useRowWindow(scrollRef, heights);
  const partners = useMemo(() => movePartners(rows), [rows]);

  useEffect(() => {
    if (current === null) return;
    const index = rows.findIndex((row) => row.change === current);
    if (index >= 0) scrollToRow(index);
  }, [current, rows, scrollToRow]);

  return (
    <div className="compare-sbs">
      <aside className="compare-sbs__changes" aria-label="Change list">
        <h2 className="compare-section-title">Changes</h2>
        <ChangeList changes={diff.changes} current={current} onChoose={onCurrent} />
      </aside>
      <div className="compare-sbs__scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`${fromLabel} compared with ${toLabel}`}>
        <div className="compare-sbs__head" aria-hidden="true">
          <span />
          <span className="compare-sbs__heading">{fromLabel}</span>
          <span className="compare-sbs__heading">{toLabel}</span>
        </div>
        <div role="table" aria-label="Aligned sentences" aria-rowcount={rows.length + 1} className="compare-sbs__table" data-testid="compare-side-by-side">
          <div role="row" aria-rowindex={1} className="visually-hidden">
            <span role="columnheader">Change</span>
            <span role="columnheader">{fromLabel}</span>
            <span role="columnheader">{toLabel}</span>
          </div>
          {before > 0 && <div style={{ height: before }} aria-hidden="true" />}
          {rows.slice(start, end).map((row, k) => {
            const index = start + k;
            const label = ROW_LABEL[row.kind];
            const partner = partners.get(index);
            const isCurrent = row.change !== null && row.change === current;
            return (
              <div
                key={index}
                role="row"
                aria-rowindex={index + 2}
                data-row-index={index}
                data-kind={row.kind}
                data-testid="compare-row"
                className={`compare-row compare-row--${row.kind}${isCurrent ? ' is-current' : ''}`}
                aria-current={isCurrent ? 'true' : undefined}
              >
                <span role="cell" className="compare-row__label">
                  {partner !== undefined ? (
                    <button type="button" className="compare-badge compare-badge--move" onClick={() => scrollToRow(partner)} title="Go to the other end of this move">
                      {moveLabel(row, index, partner)}
                    </button>
                  ) : (
                    label && <span className="compare-badge">{label}</span>
                  )}
                </span>
                <span role="cell" className="compare-row__side compare-row__side--old">
                  <Side content={sideContent(diff, row, 'old')} />
                </span>
                <span role="cell" className="compare-row__side compare-row__side--new">
                  <Side content={sideContent(diff, row, 'new')} />
                </span>
              </div>
            );
          })}
          {after > 0 && <div style={{ height: after }} aria-hidden="true" />}
        </div>
      </div>
    </div>
  );
}

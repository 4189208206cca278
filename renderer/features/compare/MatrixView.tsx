import { useMemo, useRef } from 'react';
import type { Passage, PassageCell, StoryAlignment } from '../../../shared/domain/align';
import type { WireCopy } from '../../../shared/domain/model';
import { useRowWindow } from './useRowWindow';
import { versionLabel } from './versionLabel';

// Matrix rows hold one line each (the passage text is clipped), so one fixed height windows them exactly.
const ROW_PX = 34;

const STATE_TEXT: Record<PassageCell['state'], { glyph: string; label: string }> = {
  present: { glyph: '●', label: 'Present' },
  variant: { glyph: '◐', label: 'Different wording' },
  absent: { glyph: '○', label: 'Absent' },
};

function Cell({ passage, cell, outlet }: { passage: Passage; cell: PassageCell; outlet: string }) {
  const { glyph, label } = STATE_TEXT[cell.state];
  const wording = cell.wording === null ? null : passage.wordings[cell.wording]!;
  return (
    <td className={`compare-cell compare-cell--${cell.state}`} tabIndex={0} data-state={cell.state} data-testid="compare-cell">
      <span className="compare-cell__glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="visually-hidden">
        {outlet}: {label}
        {cell.moved ? ', moved' : ''}
      </span>
      {cell.moved && (
        <span className="compare-cell__moved" aria-hidden="true">
          ↕
        </span>
      )}
      <span className="compare-cell__tip" role="tooltip">
        <strong>
          {outlet} · {label}
          {cell.moved ? ' · moved' : ''}
        </strong>
        {wording ?? 'This version does not have this passage.'}
      </span>
    </td>
  );
}

/** Rows = passages in story order, columns = versions oldest first: who has what, at a glance. */
export function MatrixView({ alignment, copies }: { alignment: StoryAlignment; copies: readonly WireCopy[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const heights = useMemo(() => alignment.passages.map(() => ROW_PX), [alignment]);
  const { start, end, before, after } = useRowWindow(scrollRef, heights);
  const byId = new Map(copies.map((copy) => [copy.id, copy]));
  const labels = alignment.versions.map((v) => versionLabel(byId.get(v.id) ?? { outlet: v.outlet, published: null }));
  const span = alignment.versions.length + 1;
  return (
    <div className="compare-matrix" ref={scrollRef} tabIndex={0} role="region" aria-label="Passages by version">
      <p className="compare-legend" aria-hidden="true">
        <span className="compare-cell--present">● present</span> <span className="compare-cell--variant">◐ different wording</span>{' '}
        <span className="compare-cell--absent">○ absent</span> <span>↕ moved</span>
        {alignment.approximate && <span> · approximate: a size limit cut the alignment short</span>}
      </p>
      <table className="compare-matrix__table" data-testid="compare-matrix" aria-rowcount={alignment.passages.length + 1}>
        <caption className="visually-hidden">Which version has each passage of the story, oldest version first</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="compare-matrix__passage-head">
              Passage
            </th>
            {alignment.versions.map((version, k) => (
              <th key={version.id} scope="col" className="compare-matrix__version" data-testid="compare-matrix-version">
                <span className="compare-matrix__outlet">{labels[k]}</span>
                {version.newest && <span className="chip compare-matrix__newest">newest</span>}
                <span className="compare-matrix__summary">{alignment.steps[k]?.summary}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {alignment.passages.slice(start, end).map((passage, k) => (
            <tr key={passage.id} aria-rowindex={start + k + 2} data-row-index={start + k} data-testid="compare-passage" className={passage.everywhere ? '' : 'compare-matrix__row--partial'}>
              <th scope="row" className="compare-matrix__text" title={passage.wordings[0]}>
                {passage.wordings[0]}
              </th>
              {passage.cells.map((cell, c) => (
                <Cell key={alignment.versions[c]!.id} passage={passage} cell={cell} outlet={labels[c]!} />
              ))}
            </tr>
          ))}
          {after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: after, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

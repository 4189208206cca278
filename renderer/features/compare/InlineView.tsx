import { useEffect, useMemo, useRef } from 'react';
import type { RelatedDiff, SideBySideRow } from '../../../shared/domain/diff';
import { inlineParagraphs, type InlinePiece } from './inlineText';
import { WordRuns } from './WordRuns';

function Piece({ piece, current }: { piece: InlinePiece; current: number | null }) {
  const currentClass = 'change' in piece && piece.change === current ? ' is-current' : '';
  switch (piece.kind) {
    case 'same':
      return <>{piece.text} </>;
    case 'replace':
      return (
        <span className={`compare-inline__change${currentClass}`} data-change={piece.change}>
          <WordRuns words={piece.words} />{' '}
        </span>
      );
    case 'insert':
    case 'move-in':
      return (
        <>
          <ins className={`compare-mark compare-mark--added compare-inline__change${currentClass}`} data-change={piece.change} data-testid="compare-inline-insert">
            <span className="visually-hidden">{piece.kind === 'insert' ? 'added: ' : 'moved here: '}</span>
            {piece.text}
          </ins>{' '}
        </>
      );
    case 'delete':
    case 'move-out':
      return (
        <>
          <del className={`compare-mark compare-mark--removed compare-inline__change${currentClass}`} data-change={piece.change} data-testid="compare-inline-delete">
            <span className="visually-hidden">{piece.kind === 'delete' ? 'removed: ' : 'moved from here: '}</span>
            {piece.text}
          </del>{' '}
        </>
      );
  }
}

/** The To version as one text, with what the From version had differently marked where it stands. */
export function InlineView({ diff, rows, current }: { diff: RelatedDiff; rows: readonly SideBySideRow[]; current: number | null }) {
  const paragraphs = useMemo(() => inlineParagraphs(diff, rows), [diff, rows]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current !== null) ref.current?.querySelector(`[data-change="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div ref={ref} className="compare-inline" data-testid="compare-inline" tabIndex={0} role="region" aria-label="Inline comparison">
      {paragraphs.map((pieces, p) => (
        <p key={p} className="compare-inline__paragraph">
          {pieces.map((piece, k) => (
            <Piece key={k} piece={piece} current={current} />
          ))}
        </p>
      ))}
    </div>
  );
}

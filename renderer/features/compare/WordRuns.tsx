import type { WordPart } from '../../../shared/domain/diff';

/** Word runs with additions as <ins> and removals as <del>, each announced, not only coloured. */
export function WordRuns({ words }: { words: readonly WordPart[] }) {
  return (
    <>
      {words.map((word, k) =>
        word.added ? (
          <ins key={k} className="compare-mark compare-mark--added">
            <span className="visually-hidden">added: </span>
            {word.value}
          </ins>
        ) : word.removed ? (
          <del key={k} className="compare-mark compare-mark--removed">
            <span className="visually-hidden">removed: </span>
            {word.value}
          </del>
        ) : (
          <span key={k}>{word.value}</span>
        ),
      )}
    </>
  );
}

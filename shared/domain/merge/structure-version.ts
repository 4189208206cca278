import type { MergeVersion } from './types';

/**
 * The version whose paragraph breaks the merged text follows: one whose breaks came from its source page
 * (the others' were restored from a sibling or guessed by news-style rules), and among those the one with
 * the most paragraphs, as the finest structure; ties go to the newer. A version that does not say where its
 * breaks came from (wire copies, hand-made versions) states its own, so counts as from its source.
 * `ordered` is oldest first.
 */
export function structureColumn(ordered: readonly MergeVersion[]): number {
  let best = 0;
  const rank = (v: MergeVersion) => [v.paragraphSource === undefined || v.paragraphSource === 'source' ? 1 : 0, v.paragraphs.length];
  ordered.forEach((version, c) => {
    const [sourced, count] = rank(version);
    const [bestSourced, bestCount] = rank(ordered[best]!);
    if (sourced! > bestSourced! || (sourced === bestSourced && count! >= bestCount!)) best = c;
  });
  return best;
}

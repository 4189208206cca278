import { diffPrepared, type CompareOptions, type PreparedVersion, type VersionDiff } from '../diff';
import type { StoryVersion } from './story-version';
import type { Passage, VersionStep } from './types';

function summaryOf(diff: VersionDiff | null): string {
  if (diff === null) return 'first version';
  if (!diff.related) return `not a version of the same story (shares ${Math.round(diff.similarity * 100)}% of its wording)`;
  const { insertions, deletions, replacements, moves } = diff.counts;
  const parts = [
    insertions && `adds ${insertions} ${insertions === 1 ? 'passage' : 'passages'}`,
    deletions && `drops ${deletions}`,
    replacements && `replaces ${replacements}`,
    moves && `moves ${moves}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no change';
}

/** Rows whose cell changes between two columns of the matrix. */
function rowsChanged(passages: readonly Passage[], c: number) {
  const rows = { adds: [] as string[], drops: [] as string[], rewords: [] as string[], moves: [] as string[] };
  for (const p of passages) {
    const [before, now] = [p.cells[c - 1]!, p.cells[c]!];
    if (before.state === 'absent' && now.state !== 'absent') rows.adds.push(p.id);
    else if (before.state !== 'absent' && now.state === 'absent') rows.drops.push(p.id);
    else if (now.state !== 'absent' && now.wording !== before.wording) rows.rewords.push(p.id);
    if (now.moved) rows.moves.push(p.id);
  }
  return rows;
}

/**
 * For each version (oldest first), what it changes relative to the version before it: the pairwise diff
 * (whose counts give the summary: an added run of sentences is one passage, as a reader counts them) and
 * the matrix rows involved.
 */
export function versionSteps(ordered: readonly StoryVersion[], prepared: readonly PreparedVersion[], passages: readonly Passage[], options: CompareOptions): VersionStep[] {
  return ordered.map((version, c) => {
    const previous = c === 0 ? null : ordered[c - 1]!;
    const diff = c === 0 ? null : diffPrepared(prepared[c - 1]!, prepared[c]!, options);
    const rows = c === 0 ? { adds: [], drops: [], rewords: [], moves: [] } : rowsChanged(passages, c);
    return { version: version.id, previous: previous?.id ?? null, diff, ...rows, summary: summaryOf(diff) };
  });
}

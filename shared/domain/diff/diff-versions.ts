import { compareOptions, type CompareOptions } from './options';
import { relatedness } from './relatedness';
import { prepareVersion, type PreparedVersion } from './prepared-version';
import { sentenceChanges } from './sentence-changes';
import type { Change, ChangeCounts, VersionDiff } from './types';

export function countChanges(changes: readonly Change[]): ChangeCounts {
  const counts: ChangeCounts = { insertions: 0, deletions: 0, replacements: 0, moves: 0 };
  const field = { insert: 'insertions', delete: 'deletions', replace: 'replacements', move: 'moves' } as const;
  for (const c of changes) counts[field[c.kind]]++;
  return counts;
}

/** Compares two prepared versions (see prepareVersion, prepared under the same options). */
export function diffPrepared(from: PreparedVersion, to: PreparedVersion, options: CompareOptions): VersionDiff {
  const rel = relatedness(from.triples, to.triples, options.minRelated);
  if (!rel.related) {
    const percent = Math.round(rel.similarity * 100);
    return {
      related: false,
      similarity: rel.similarity,
      verdict: `These are not versions of one story: they share ${percent}% of their wording (at least ${Math.round(options.minRelated * 100)}% expected).`,
      approximate: rel.approximate,
    };
  }
  const [olds, news] = [from.units, to.units];
  const found = sentenceChanges(olds.sentences, news.sentences, options);
  return {
    related: true,
    similarity: rel.similarity,
    changes: found.changes,
    counts: countChanges(found.changes),
    oldSentences: olds.sentences,
    newSentences: news.sentences,
    approximate: rel.approximate || olds.approximate || news.approximate || found.approximate,
  };
}

/**
 * Compares two versions of one story (their paragraphs) at sentence level. Texts that are not versions of
 * one story get a quick verdict instead of changes; every step is budgeted (see CompareOptions).
 */
export function diffVersions(oldParagraphs: readonly string[], newParagraphs: readonly string[], partial?: Partial<CompareOptions>): VersionDiff {
  const options = compareOptions(partial);
  return diffPrepared(prepareVersion(oldParagraphs, options), prepareVersion(newParagraphs, options), options);
}

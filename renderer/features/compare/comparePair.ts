import { diffVersions, sideBySideRows, type CompareOptions, type SideBySideRow, type VersionDiff } from '../../../shared/domain/diff';
import type { StoryVersion } from '../../../shared/domain/align';

/** The switches the toolbar offers; the rest of CompareOptions keeps its defaults (thresholds, budgets). */
export type IgnoreOptions = Pick<CompareOptions, 'ignoreWhitespace' | 'ignoreTypography' | 'ignoreCase'>;

/** The switches plus the time budget of each diff (Settings.diffBudgetMs; the default budget when left out). */
export type PairOptions = IgnoreOptions & Partial<Pick<CompareOptions, 'timeoutMs'>>;

export interface PairComparison {
  diff: VersionDiff;
  /** Side-by-side rows, both columns in reading order; empty when the texts are not one story. */
  rows: SideBySideRow[];
}

/** Two versions compared for the side-by-side and inline views (diffVersions is budgeted, so this is too). */
export function comparePair(from: StoryVersion, to: StoryVersion, options: PairOptions): PairComparison {
  const diff = diffVersions(from.paragraphs, to.paragraphs, options);
  return { diff, rows: diff.related ? sideBySideRows(diff) : [] };
}

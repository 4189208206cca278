import type { VersionDiff } from '../diff';

/** How one version carries one passage. */
export interface PassageCell {
  state: 'present' | 'absent' | 'variant';
  /** Index into the passage's `wordings` (0 = the oldest wording; variant when above 0); null when absent. */
  wording: number | null;
  /** Index of the sentence in this version (see diff/sentenceUnits) and of its paragraph; null when absent. */
  sentence: number | null;
  paragraph: number | null;
  /** The version has the passage, but at another position relative to the passages around it. */
  moved: boolean;
}

/** One row of the alignment: a sentence as it stands, or is missing, in every version. */
export interface Passage {
  id: string;
  /** Distinct wordings, oldest first, as printed by the first version that used each. */
  wordings: string[];
  /** Ids of the versions that have it (any wording), in time order. */
  in: string[];
  everywhere: boolean;
  /** One cell per version, in the alignment's time order. */
  cells: PassageCell[];
}

/** What a version changes relative to the one before it in time. */
export interface VersionStep {
  version: string;
  previous: string | null;
  /** The pairwise comparison with the previous version (changes, counts, or a "not one story" verdict); null for the first. */
  diff: VersionDiff | null;
  /** Matrix rows (passage ids) this version adds, drops, rewords and moves, to highlight them. */
  adds: string[];
  drops: string[];
  rewords: string[];
  moves: string[];
  /** One line for the matrix header, from the pairwise counts: "adds 2 passages, replaces 1", "first version", "no change". */
  summary: string;
}

export interface AlignedVersion {
  id: string;
  outlet: string | null;
  publishedAt: string | null;
  newest: boolean;
}

/** N versions of one story aligned: the matrix model of the Compare tab (rows = passages, columns = versions). */
export interface StoryAlignment {
  /** Columns: oldest first (published time where known, else import order). */
  versions: AlignedVersion[];
  /** Rows, in story order. */
  passages: Passage[];
  /** One step per version, in time order; the first has no previous. */
  steps: VersionStep[];
  /** True when a budget cut some comparison short; the alignment is then coarser, never inconsistent. */
  approximate: boolean;
}

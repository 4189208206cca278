import type { SentenceUnit } from './sentence-units';

/** A run of words in a replacement: common (neither flag), only in the old text, or only in the new. */
export interface WordPart {
  value: string;
  added?: true;
  removed?: true;
}

/** Half-open range [start, end) of sentence indexes in one version; start = end marks a position between sentences. */
export interface SentenceRange {
  start: number;
  end: number;
}

export type ChangeKind = 'insert' | 'delete' | 'replace' | 'move';

/**
 * One change from the old version to the new. `old` and `new` are sentence texts as printed in each version
 * (for a move: the same passage as each prints it). `oldAt` and `newAt` place it in each version's sentence
 * list: for an insert, oldAt is the empty range where the old text would receive it; for a delete, newAt is
 * where it would have been. Side-by-side rows can be drawn from these ranges alone.
 */
export interface Change {
  kind: ChangeKind;
  old: string[];
  new: string[];
  oldAt: SentenceRange;
  newAt: SentenceRange;
  /** Word-level highlight: for a replace, and for a move whose wording also changed. */
  words?: WordPart[];
}

export interface ChangeCounts {
  insertions: number;
  deletions: number;
  replacements: number;
  moves: number;
}

/** Two versions of one story, compared. */
export interface RelatedDiff {
  related: true;
  /** Share of the shorter text's word triples found in the other (1 for identical or trimmed copies). */
  similarity: number;
  changes: Change[];
  counts: ChangeCounts;
  /** Both versions' sentences (with paragraph membership), which the change ranges index. */
  oldSentences: SentenceUnit[];
  newSentences: SentenceUnit[];
  /** True when a budget cut the work short: changes still transform old into new, but may be coarser. */
  approximate: boolean;
}

/** Two texts too different to be versions of one story: a verdict instead of a wall of changes. */
export interface UnrelatedDiff {
  related: false;
  similarity: number;
  /** Human-readable verdict for the UI and CLI. */
  verdict: string;
  approximate: boolean;
}

export type VersionDiff = RelatedDiff | UnrelatedDiff;

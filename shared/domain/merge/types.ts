import type { StoryVersion } from '../align';
import type { ParagraphSource } from '../model';

/**
 * What merging needs of one version: the comparison fields plus, optionally, its headline and where its
 * paragraph breaks came from. AnalyzedArticle and the stored WireCopy fit as they are.
 */
export interface MergeVersion extends StoryVersion {
  headline?: string | null;
  paragraphSource?: ParagraphSource | undefined;
}

/**
 * "newest": wording and replacements follow the newest version, and nothing another version carries is lost.
 * "base": the chosen version as it stands; what the others add is offered, not merged, until accepted.
 */
export type MergePolicy = { kind: 'newest' } | { kind: 'base'; version: string };

/**
 * - kept: in the text, every version carrying it prints this wording;
 * - replaced: in the text, in the chosen version's wording, which replaces another version's wording;
 * - added: in the text although the chosen version lacks it (taken from the versions that carry it);
 * - dropped: not in the text; `reason` says why;
 * - offered: not in the text (base policy): another version's addition, waiting to be accepted.
 */
export type MergeDecision = 'kept' | 'replaced' | 'added' | 'dropped' | 'offered';

/** One distinct wording of a passage and the versions that print it (time order). */
export interface Wording {
  text: string;
  versions: string[];
}

/** Where a passage belongs in the paragraph structure, so the plan can be laid out again after any flip. */
export interface Placement {
  /** True when the structure version carries the passage: `paragraph` is then that version's paragraph. */
  inStructure: boolean;
  /** The paragraph index in the structure version, or else in the version the wording comes from. */
  version: string;
  paragraph: number;
  /** The passage that precedes it inside the same paragraph of that version, if any: it joins that paragraph. */
  follows: string | null;
}

export interface MergedPassage {
  /** The alignment row (Passage.id), stable across flips. */
  id: string;
  /** The chosen wording. */
  text: string;
  decision: MergeDecision;
  /** Why it is not in the text (dropped, offered); null for passages in the text. */
  reason: string | null;
  /** The decision and reason the policy made, so a flip can be undone exactly. */
  policy: { decision: MergeDecision; reason: string | null };
  /** Provenance: the versions that carry it (any wording, time order), their outlets, and the wording's source. */
  in: string[];
  outlets: string[];
  from: string;
  /** Every distinct wording (oldest first); more than one means a one-click swap is possible. */
  wordings: Wording[];
  /** Passages this one took the place of in a later version, and those that took this one's place. */
  replaces: string[];
  replacedBy: string[];
  placement: Placement;
  /** Paragraph index in the merged text; null when the passage is not in the text. */
  paragraph: number | null;
}

export interface MergePlan {
  policy: MergePolicy;
  headline: string | null;
  /** The version whose wording wins (newest, or the base) and the one whose paragraph breaks are followed. */
  wordingVersion: string;
  structureVersion: string;
  /** The versions merged, oldest first. */
  versions: { id: string; outlet: string | null; publishedAt: string | null }[];
  /** Every passage of every version, in story order, whether in the text or not. */
  passages: MergedPassage[];
  /** True when a comparison budget cut the alignment short: passages may be coarser than sentences. */
  approximate: boolean;
}

/** A plan rendered: what an export, the CLI and the editor's initial state are made from. */
export interface MergedArticle {
  headline: string | null;
  paragraphs: string[];
}

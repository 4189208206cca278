import { splitSentences } from '../text';
import { followSibling } from './follow-sibling';
import { newsStyleParagraphs } from './news-style';

/**
 * Restores the paragraph breaks of a body that lost them. A body is flattened when it arrives as a single
 * paragraph of several sentences (scrapers and "copy text" often join paragraphs into one line); bodies that
 * kept any breaks are the source's own layout and are left alone.
 */

/** Fewer sentences than this in a single paragraph is a short item, not a flattened body. */
export const MIN_FLATTENED_SENTENCES = 4;

/** Siblings tried at most (the first ones given): a page rarely has more, and each try costs an alignment. */
export const MAX_SIBLINGS = 8;

export interface Restoration {
  paragraphs: string[];
  /** source: kept as printed; sibling: breaks copied from another version; news-style: heuristic. */
  method: 'source' | 'sibling' | 'news-style';
  approximate: boolean;
}

export function needsRestoration(paragraphs: readonly string[]): boolean {
  return paragraphs.length === 1 && splitSentences(paragraphs[0]!).length >= MIN_FLATTENED_SENTENCES;
}

/**
 * The body's paragraphs, restored when flattened: following the sibling version that places the most
 * sentences (siblings are other versions of the same story, with their breaks), else by news-style rules.
 */
export function restoreParagraphs(paragraphs: readonly string[], siblings: readonly (readonly string[])[] = []): Restoration {
  if (!needsRestoration(paragraphs)) return { paragraphs: [...paragraphs], method: 'source', approximate: false };
  const sentences = splitSentences(paragraphs[0]!);
  const layouts = siblings
    .filter((s) => s.length >= 2)
    .slice(0, MAX_SIBLINGS)
    .map((s) => followSibling(sentences, s))
    .filter((l) => l !== null);
  const best = layouts.sort((a, b) => b.matched - a.matched)[0];
  if (best) return { paragraphs: best.paragraphs, method: 'sibling', approximate: best.approximate };
  return { paragraphs: newsStyleParagraphs(sentences), method: 'news-style', approximate: false };
}

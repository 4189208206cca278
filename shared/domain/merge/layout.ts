import type { MergedPassage } from './types';

/** Whether a decision puts the passage in the merged text. */
export const inText = (passage: Pick<MergedPassage, 'decision'>): boolean => passage.decision !== 'dropped' && passage.decision !== 'offered';

/**
 * Numbers the paragraphs of the text the plan describes. Passages the structure version carries keep its
 * paragraphs; any other passage joins the paragraph of the passage it follows in its own version when that
 * passage is in the text just before it (a sentence inserted mid-paragraph), and otherwise opens a paragraph
 * of its own, shared with its neighbours from the same paragraph of the same version. Recomputed after every
 * flip, so restoring or dropping a passage never leaves the structure stale.
 */
export function layoutParagraphs(passages: readonly MergedPassage[]): MergedPassage[] {
  const keyOf = new Map<string, string>();
  let previous: MergedPassage | null = null;
  let paragraph = -1;
  return passages.map((passage) => {
    if (!inText(passage)) return { ...passage, paragraph: null };
    const { placement } = passage;
    const joined = !placement.inStructure && previous !== null && placement.follows === previous.id ? keyOf.get(previous.id)! : null;
    const key = joined ?? `${placement.inStructure ? '' : placement.version}:${placement.paragraph}`;
    if (previous === null || keyOf.get(previous.id) !== key) paragraph += 1;
    keyOf.set(passage.id, key);
    previous = passage;
    return { ...passage, paragraph };
  });
}

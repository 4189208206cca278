import { getDOMTextNode, type LexicalEditor } from 'lexical';
import type { BlockText } from './blockText';
import type { TextMatch } from './matchText';

/** Names the stylesheet's ::highlight() rules use (editor.css). */
const ALL = 'draft-find';
const CURRENT = 'draft-find-current';

/**
 * The CSS Custom Highlight API paints ranges without touching the editor's DOM, which Lexical owns and
 * would fight; older engines lack it, and there the current match is selected instead.
 */
const highlights = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

/** The DOM range of a match, from the rendered text nodes of its first and last segments. */
export function matchRange(editor: LexicalEditor, block: BlockText | undefined, match: TextMatch): Range | null {
  const segments = block?.segments ?? [];
  const first = segments.find((segment) => segment.end > match.start);
  const last = [...segments].reverse().find((segment) => segment.start < match.end);
  if (!first || !last) return null;
  const startText = getDOMTextNode(editor.getElementByKey(first.key));
  const endText = getDOMTextNode(editor.getElementByKey(last.key));
  if (!startText || !endText) return null;
  const range = document.createRange();
  try {
    range.setStart(startText, Math.min(match.start - first.start, startText.length));
    range.setEnd(endText, Math.min(Math.min(match.end, last.end) - last.start, endText.length));
  } catch {
    // The DOM is mid-reconcile or the text changed under us: skip this one, the next update repaints.
    return null;
  }
  return range;
}

/** Paints every match and, apart, the current one; returns the current match's range for scrolling. */
export function paintMatches(editor: LexicalEditor, blocks: readonly BlockText[], matches: readonly TextMatch[], current: number): Range | null {
  const registry = highlights();
  const ranges = matches.map((match) => matchRange(editor, blocks[match.block], match));
  const currentRange = ranges[current] ?? null;
  if (registry) {
    registry.set(ALL, new Highlight(...ranges.filter((range): range is Range => range !== null)));
    if (currentRange) registry.set(CURRENT, new Highlight(currentRange));
    else registry.delete(CURRENT);
  }
  return currentRange;
}

/** Without the highlight API the only mark left is the selection (it moves focus into the body). */
export function selectAsFallback(range: Range | null): void {
  if (highlights() || !range) return;
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function clearMatches(): void {
  highlights()?.delete(ALL);
  highlights()?.delete(CURRENT);
}

/** Scrolls the body so the match sits in its upper third, if it is not already in view. */
export function scrollToRange(range: Range, scroller: HTMLElement): void {
  const box = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  scroller.scrollTop += box.top - view.top - view.height / 3;
}

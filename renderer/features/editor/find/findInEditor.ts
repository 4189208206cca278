import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { $readBlockTexts, caretInBlocks, type BlockText } from './blockText';
import { findInBlocks, firstMatchFrom, type FindOptions, type MatchResult, type TextMatch } from './matchText';
import { $replaceMatches } from './replaceMatches';

/**
 * Replace-all's budget: far above the matches in any real article (a 5,000-word draft has about 30,000
 * characters), and a bound on one update if a one-letter query meets a runaway body.
 */
export const MAX_REPLACEMENTS = 50_000;

export interface FindState {
  blocks: BlockText[];
  result: MatchResult;
}

/** The body's matches for a query. Call inside a read or update. */
export function $findInBody(query: string, options: FindOptions, limit?: number): FindState {
  const blocks = $readBlockTexts();
  return { blocks, result: findInBlocks(blocks.map((block) => block.text), query, options, limit) };
}

/** The match to show first: the first at or after the caret, else the first in the body. */
export function $matchNearCaret(state: FindState): number {
  const selection = $getSelection();
  const caret = $isRangeSelection(selection) ? caretInBlocks(state.blocks, selection.anchor.key, selection.anchor.offset) : null;
  return firstMatchFrom(state.result.matches, caret?.block ?? 0, caret?.offset ?? 0);
}

/** Selects a match in the editor state (the fallback highlight, and where the caret lands on closing). */
export function $selectMatch(blocks: readonly BlockText[], match: TextMatch): boolean {
  const segments = blocks[match.block]?.segments ?? [];
  const first = segments.find((segment) => segment.end > match.start);
  const last = [...segments].reverse().find((segment) => segment.start < match.end);
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, match.start - first.start, 'text');
  selection.focus.set(last.key, Math.min(match.end, last.end) - last.start, 'text');
  $setSelection(selection);
  return true;
}

/**
 * Edits from the find bar: each is its own undo step (never merged into the typing before it), and moving
 * the editor's selection must not pull focus out of the find field, hence no DOM selection.
 */
const FIND_EDIT = { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] };

/** Replaces match `index` if it still matches; returns whether it did. */
export function replaceMatch(editor: LexicalEditor, query: string, options: FindOptions, index: number, replacement: string): boolean {
  let replaced = false;
  editor.update(() => {
    const { blocks, result } = $findInBody(query, options);
    const match = result.matches[index];
    if (match) replaced = $replaceMatches(blocks, [match], replacement) > 0;
  }, FIND_EDIT);
  return replaced;
}

/** Replaces every match in one update, so one undo brings them all back; returns how many. */
export function replaceAll(editor: LexicalEditor, query: string, options: FindOptions, replacement: string): { replaced: number; truncated: boolean } {
  let outcome = { replaced: 0, truncated: false };
  editor.update(() => {
    const { blocks, result } = $findInBody(query, options, MAX_REPLACEMENTS);
    outcome = { replaced: $replaceMatches(blocks, result.matches, replacement), truncated: result.truncated };
  }, FIND_EDIT);
  return outcome;
}

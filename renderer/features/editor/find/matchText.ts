/** How the find bar compares: as typed or ignoring case; anywhere or only as a whole word. */
export interface FindOptions {
  matchCase: boolean;
  wholeWords: boolean;
}

/** One hit: which block (paragraph, sub-head, list item…) and where in that block's text. */
export interface TextMatch {
  block: number;
  start: number;
  end: number;
}

export interface MatchResult {
  matches: TextMatch[];
  /** True when the budget stopped the search: the count shown is a lower bound. */
  truncated: boolean;
}

/**
 * More hits than anyone steps through, and enough to keep highlighting and replace-all cheap on a long
 * draft while something as common as "e" is typed.
 */
export const MAX_MATCHES = 2000;
/** Longer than any phrase worth finding; keeps the pattern small. */
export const MAX_QUERY_LENGTH = 500;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query as a pattern. The `i` flag with `u` folds case without changing string lengths (lower-casing
 * both sides can, e.g. "İ"), so the offsets found are offsets into the original text. A word character is
 * any letter, digit or underscore in any script, so whole-word search works beyond ASCII.
 */
function patternFor(query: string, options: FindOptions): RegExp {
  const body = escapeRegExp(query);
  const source = options.wholeWords ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/**
 * Every non-overlapping occurrence of `query` in each block's text, in document order, up to `limit`
 * (highlighting uses the default budget; replace-all passes a larger one).
 */
export function findInBlocks(blocks: readonly string[], query: string, options: FindOptions, limit = MAX_MATCHES): MatchResult {
  const matches: TextMatch[] = [];
  if (query.length === 0 || query.length > MAX_QUERY_LENGTH) return { matches, truncated: false };
  const pattern = patternFor(query, options);
  for (let block = 0; block < blocks.length; block++) {
    pattern.lastIndex = 0;
    for (const found of (blocks[block] ?? '').matchAll(pattern)) {
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ block, start: found.index, end: found.index + found[0].length });
    }
  }
  return { matches, truncated: false };
}

/** The next or previous hit, wrapping round at either end as find bars do. */
export function stepMatch(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** The first hit at or after a position (the caret), so finding starts where the sub-editor is reading. */
export function firstMatchFrom(matches: readonly TextMatch[], block: number, offset: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.block > block || (match.block === block && match.end > offset));
  return index < 0 ? 0 : index;
}

/** "3 of 12", "No matches", or "1 of 2000+" when the budget cut the count short. */
export function matchLabel(current: number, result: MatchResult): string {
  const count = result.matches.length;
  if (count === 0) return 'No matches';
  const total = `${count}${result.truncated ? '+' : ''}`;
  return current < 0 ? `${total} ${count === 1 && !result.truncated ? 'match' : 'matches'}` : `${current + 1} of ${total}`;
}

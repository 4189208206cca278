import { diffArrays } from 'diff';
import { compareKey, type CompareOptions } from './options';
import type { WordPart } from './types';

export interface WordDiff {
  parts: WordPart[];
  /** True when the edit exceeded options.maxWordEdits: the whole run is shown as removed then added. */
  approximate: boolean;
}

// A word (apostrophes inside it kept: "Met's"), or one punctuation mark, each with the space after it, so
// common and removed parts concatenate to the old text and common and added parts to the new.
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*\s*|[^\s\p{L}\p{N}]\s*|\s+/gu;

const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * Word-level changes between two runs of text, compared under the same options as sentences (so a straight
 * versus curly quote is not highlighted), with the edit budget as jsdiff's maxEditLength.
 */
export function diffWords(oldText: string, newText: string, options: CompareOptions): WordDiff {
  const key = (token: string) => compareKey(token, options);
  const hunks = diffArrays(tokensOf(oldText), tokensOf(newText), {
    comparator: (a, b) => key(a) === key(b),
    maxEditLength: options.maxWordEdits,
    timeout: options.timeoutMs,
  });
  if (!hunks) return { parts: [{ value: oldText, removed: true }, { value: newText, added: true }], approximate: true };
  const parts = hunks.map((h): WordPart => {
    const value = h.value.join('');
    return h.added ? { value, added: true } : h.removed ? { value, removed: true } : { value };
  });
  return { parts, approximate: false };
}

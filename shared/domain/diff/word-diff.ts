import { diffArrays } from 'diff';
import { compareKey, type CompareOptions } from './options';
import type { WordPart } from './types';

export interface WordDiff {
  parts: WordPart[];
  /** True when the edit exceeded options.maxWordEdits: the whole run is shown as removed then added. */
  approximate: boolean;
}

// A word (apostrophes inside it kept: "Met's"), one punctuation mark, or a run of spaces.
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]|\s+/gu;

const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];
const isSpace = (value: string) => /^\s+$/.test(value);

/**
 * Joins the diff into readable runs: a single space the two texts share between two changes is folded into
 * the change ("[-been contacted-]{+confirmed+}" rather than "[-been-] [-contacted-]{+confirmed+}"), and the
 * removed text of each change comes before the added.
 */
function readableParts(hunks: readonly { value: string[]; added: boolean; removed: boolean }[]): WordPart[] {
  const parts: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    // A space both sides of a change start or end with is common text, not part of the change.
    const lead = removed && added ? (/^\s+/.exec(removed)?.[0] ?? '') : '';
    const trail = removed && added ? (/\s+$/.exec(removed)?.[0] ?? '') : '';
    const shared = (edge: string, side: string, at: 'start' | 'end') => edge && (at === 'start' ? side.startsWith(edge) : side.endsWith(edge)) && side.trim() !== '';
    const cutLead = shared(lead, added, 'start') ? lead : '';
    const cutTrail = shared(trail, added, 'end') ? trail : '';
    if (cutLead) parts.push({ value: cutLead });
    const inner = (side: string) => side.slice(cutLead.length, side.length - cutTrail.length);
    if (removed) parts.push({ value: inner(removed), removed: true });
    if (added) parts.push({ value: inner(added), added: true });
    if (cutTrail) parts.push({ value: cutTrail });
    [removed, added] = ['', ''];
  };
  hunks.forEach((h, k) => {
    const value = h.value.join('');
    if (h.removed) removed += value;
    else if (h.added) added += value;
    else if ((removed || added) && isSpace(value) && (hunks[k + 1]?.added || hunks[k + 1]?.removed)) {
      removed += value;
      added += value;
    } else {
      flush();
      parts.push({ value });
    }
  });
  flush();
  return parts;
}

/**
 * Word-level changes between two runs of text, compared under the same options as sentences (so a straight
 * versus curly quote is not highlighted), with the edit budget as jsdiff's maxEditLength. Common and removed
 * parts concatenate to the old text, common and added parts to the new.
 */
export function diffWords(oldText: string, newText: string, options: CompareOptions): WordDiff {
  const key = (token: string) => compareKey(token, options);
  const hunks = diffArrays(tokensOf(oldText), tokensOf(newText), {
    comparator: (a, b) => key(a) === key(b),
    maxEditLength: options.maxWordEdits,
    timeout: options.timeoutMs,
  });
  if (!hunks) return { parts: [{ value: oldText, removed: true }, { value: newText, added: true }], approximate: true };
  return { parts: readableParts(hunks), approximate: false };
}

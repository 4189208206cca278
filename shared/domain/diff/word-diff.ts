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

/** The whitespace two changed texts both start (or end) with: common text, not part of the change. */
function sharedEdge(a: string, b: string, edge: RegExp): string {
  const space = edge.exec(a)?.[0] ?? '';
  return space && a.trim() && b.trim() && edge.exec(b)?.[0] === space ? space : '';
}

/**
 * Joins the diff into readable runs: a space the two texts share between two changes is folded into the
 * change ("[-been contacted-]{+confirmed+}" rather than "[-been-] [-contacted-]{+confirmed+}"), spaces at
 * the edges of a change stay common, and the removed text of each change comes before the added.
 */
function readableParts(hunks: readonly { value: string[]; added: boolean; removed: boolean }[]): WordPart[] {
  const parts: WordPart[] = [];
  const common = (value: string) => {
    const last = parts.at(-1);
    if (last && !last.added && !last.removed) last.value += value;
    else if (value) parts.push({ value });
  };
  let [removed, added] = ['', ''];
  const flush = () => {
    const lead = sharedEdge(removed, added, /^\s+/);
    const trail = sharedEdge(removed, added, /\s+$/);
    const inner = (side: string) => side.slice(lead.length, side.length - trail.length);
    common(lead);
    if (removed) parts.push({ value: inner(removed), removed: true });
    if (added) parts.push({ value: inner(added), added: true });
    common(trail);
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
      common(value);
    }
  });
  flush();
  return parts;
}

/**
 * Word-level changes between two runs of text, compared under the same options as sentences (so a straight
 * versus curly quote is not highlighted), with the edit budget as jsdiff's maxEditLength. Common and removed
 * parts concatenate to the old text, common and added parts to the new, up to what the options ignore: a common
 * part is printed as the new text has it, so on the old side its spacing (always ignored), quote style or case
 * may be the new text's.
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

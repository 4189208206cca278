import { foldForCompare } from './fold';
import { mix32 } from './hash';

export interface Shingles {
  /** Distinct hashes of the k-word shingles. */
  hashes: Uint32Array;
  /** True when the text was longer than the word budget and only its beginning was used. */
  approximate: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * FNV-1a hashes of the words of the folded text (the words `wordsOf` finds: letters and digits, apostrophes
 * inside words), computed in one pass without building a string per word: grouping hashes every word of
 * every copy, so this is the hot loop of a large import.
 */
function wordHashes(text: string, maxWords: number): { hashes: number[]; total: number } {
  const folded = foldForCompare(text);
  const hashes: number[] = [];
  let total = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  const endWord = () => {
    if (inWord && total++ < maxWords) hashes.push(h >>> 0);
    [h, inWord] = [FNV_OFFSET, false];
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!wordChar && c > 127) wordChar = LETTER_OR_DIGIT.test(folded[i]!);
    // An apostrophe belongs to the word when a letter follows ("met's"); otherwise it is a closing quote.
    if (!wordChar && c === 39 && inWord) wordChar = /^\p{L}$/u.test(folded[i + 1] ?? '');
    if (wordChar) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else endWord();
  }
  endWord();
  return { hashes, total };
}

/**
 * Hashes of the overlapping k-word windows of a text: the set near-duplicate detection compares. Word
 * windows survive re-wrapping, re-punctuation and changed quote style, and a changed word only disturbs k of
 * them. `maxWords` bounds the work on huge inputs (the beginning of a story identifies it well enough).
 */
export function wordShingles(text: string, k = 3, maxWords = 20_000): Shingles {
  const { hashes: words, total } = wordHashes(text, maxWords);
  // Combine the window's word hashes with rotations (order matters) and sort-and-squeeze a typed array:
  // much cheaper than building strings or a Set of numbers.
  const span = Math.min(k, words.length);
  const count = span > 0 ? words.length - span + 1 : 0;
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = span;
    for (let j = 0; j < span; j++) h ^= (words[i + j]! << (j * 11)) | (words[i + j]! >>> (32 - j * 11));
    all[i] = mix32(h);
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return { hashes: all.slice(0, distinct), approximate: total > maxWords };
}

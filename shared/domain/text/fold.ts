/**
 * Folding for comparison: two copies of the same text differ in quote style (‘ ’ ' “ ” "), dash style
 * (- – —), spacing and compatibility forms (… vs ...). Folded, they compare equal.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Folds typography but keeps case: used by the content fingerprint. */
export function foldTypography(text: string): string {
  // Printable ASCII has no typographic variants to fold: skip the Unicode passes (most wire copy is ASCII).
  if (/^[ -~\t\n\r]*$/.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds typography and case: the key for "is this the same line / sentence". */
export const foldForCompare = (text: string): string => foldTypography(text).toLowerCase();

/** Lower-case word tokens (letters and digits, apostrophes inside words kept), for shingles and overlaps. */
export function wordsOf(text: string): string[] {
  return foldForCompare(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

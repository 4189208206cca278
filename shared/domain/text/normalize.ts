/**
 * Page text as pasted or scraped carries line-ending, space and invisible-character variety that says nothing
 * about the content; everything downstream works on lines, so this settles those first.
 */

// Zero-width characters and soft hyphens survive copy-paste from the web but never carry meaning.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Non-breaking and typographic spaces become plain spaces so word and line shapes compare equal.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** Unifies line endings and spaces and trims each line; keeps blank lines, which can mark paragraph breaks. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** The page's lines after normalisation (blank lines included, so positions keep their meaning). */
export const linesOf = (text: string): string[] => normalizeText(text).split('\n');

/**
 * Word count and reading time as a sub-editor reads them off the toolbar. Counted the way word processors
 * do (runs of non-space holding a letter or digit), so a spaced dash or a bullet is not a word and the
 * figure matches what the desk's other tools report. Linear in the text, cheap enough for every keystroke.
 */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** Adult silent reading speed for non-fiction, in words per minute (Brysbaert 2019). */
export const READING_WPM = 238;

/** Minutes to read `words` words, to the nearest minute but at least 1, so a short piece never reads "0 min". */
export const readingMinutes = (words: number): number => (words <= 0 ? 0 : Math.max(1, Math.round(words / READING_WPM)));

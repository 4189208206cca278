/** What cleaning knows about one line of a page; splitting and paragraphing read it, never the raw text alone. */
export interface MetaLine {
  outlet: string | null;
  /** Published time as printed. */
  published: string | null;
  byline: string | null;
}

export interface LineInfo {
  /** 0-based position among the page's logical lines (hard-wrapped lines joined). */
  index: number;
  /** 1-based number of its first physical line in the normalised page, for the editor. */
  lineNumber: number;
  text: string;
  /** Folded text (quotes, dashes, spaces, case): the key for repetition. */
  key: string;
  blank: boolean;
  /** A full line of running copy. */
  prose: boolean;
  /** A short line ending like a sentence: copy when inside running copy. */
  shortSentence: boolean;
  /** How many non-blank lines of the page fold to the same key (1 = unique). */
  repeats: number;
  /** Outlet / time / byline read from a metadata-shaped line. */
  meta: MetaLine | null;
  /** Why a rule judged the line page chrome (the rule's id), or null. */
  chrome: string | null;
}

/** A chrome rule judges one non-prose line with the whole page at hand; each lives in its own file. */
export interface ChromeRule {
  id: string;
  test: (line: LineInfo, page: readonly LineInfo[]) => boolean;
}

/** The nearest non-blank line after (step 1) or before (step -1) line `from`. */
export function nearestNonBlank(page: readonly LineInfo[], from: number, step: 1 | -1): LineInfo | undefined {
  for (let i = from + step; i >= 0 && i < page.length; i += step) if (!page[i]!.blank) return page[i];
  return undefined;
}

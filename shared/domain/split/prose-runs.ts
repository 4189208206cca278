import { isCallToActionRun, nearestNonBlank, type LineInfo } from '../clean';

/** A stretch of running copy: consecutive copy lines, blank lines allowed between them. */
export interface ProseRun {
  first: number;
  last: number;
  /** Indices of the copy lines. */
  lines: number[];
  /** A short block in the site's voice (banner, consent notice): page chrome despite its punctuation. */
  promo: boolean;
}

// Short sentences are copy only beside copy; these rules mark lines that are chrome even there.
const NEVER_COPY = new Set(['call-to-action', 'navigation', 'teaser-link', 'shouting-label']);

// Rules that hold even for lines punctuated like copy.
const CHROME_EVEN_AS_PROSE = new Set(['legal-notice']);

function isCopy(line: LineInfo, page: readonly LineInfo[], inRun: boolean): boolean {
  if (line.chrome && CHROME_EVEN_AS_PROSE.has(line.chrome)) return false;
  if (line.prose) return true;
  if (!line.shortSentence || line.meta || (line.chrome && NEVER_COPY.has(line.chrome))) return false;
  // A one-line quote or a short closing sentence belongs to the copy it sits in or opens.
  return inRun || nearestNonBlank(page, line.index, 1)?.prose === true;
}

/**
 * Finds the runs of copy on a page. Any non-blank line that is not copy ends a run, so page furniture between
 * articles (or inside one) always separates runs; segmentation decides later which runs belong together.
 */
export function findProseRuns(page: readonly LineInfo[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length === 0) return;
    const lines = current.map((i) => page[i]!);
    runs.push({ first: current[0]!, last: current.at(-1)!, lines: current, promo: isCallToActionRun(lines) });
    current = [];
  };
  for (const line of page) {
    if (line.blank) continue;
    if (isCopy(line, page, current.length > 0)) current.push(line.index);
    else close();
  }
  close();
  return runs;
}

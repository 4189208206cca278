/**
 * Wire services and e-mail clients hard-wrap copy at a fixed width (often 65–80 columns), so one paragraph
 * arrives as several lines. Line-based analysis needs them joined. Detection relies on the tell-tale shape
 * alone: many lines end within a few columns of one common width, most of them mid-sentence, and a line is a
 * continuation when the next line's first word could not have fitted on it (a writer's own break leaves room).
 */

export interface LogicalLine {
  text: string;
  /** 0-based index of its first physical line. */
  first: number;
}

/** Narrowest and widest wrap widths considered; wider "widths" are just long lines. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** Lines within this many columns of the width count as full. */
const SLACK = 12;
/** Share of non-blank lines that must be full for the text to count as hard-wrapped. */
const MIN_FULL_SHARE = 0.4;

function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter((l) => l !== '').map((l) => l.length);
  if (lengths.length < 4) return null;
  const candidates = lengths.filter((n) => n >= MIN_WIDTH && n <= MAX_WIDTH).sort((a, b) => b - a);
  for (const width of candidates) {
    const full = lines.filter((l) => l.length <= width && l.length > width - SLACK);
    // Wrapping breaks mid-sentence; lines of similar length that each end a sentence are just short paragraphs.
    const midSentence = full.filter((l) => !/[.!?:"'’”)]$/u.test(l)).length;
    if (full.length >= lengths.length * MIN_FULL_SHARE && midSentence * 2 >= full.length && lengths.every((n) => n <= width)) return width;
  }
  return null;
}

/** Joins hard-wrapped continuation lines; text that is not hard-wrapped comes back one line per line. */
export function unwrapLines(lines: readonly string[]): LogicalLine[] {
  const width = wrapWidth(lines);
  const out: LogicalLine[] = [];
  lines.forEach((text, i) => {
    const previous = out.at(-1);
    const previousLine = lines[i - 1] ?? '';
    const firstWord = text.split(' ')[0] ?? '';
    const continues =
      width !== null && previous && text !== '' && previousLine !== '' && previousLine.length > width - SLACK && previousLine.length + 1 + firstWord.length > width;
    if (continues) previous.text = `${previous.text} ${text}`;
    else out.push({ text, first: i });
  });
  return out;
}

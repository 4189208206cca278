import { foldForCompare, isProseLine, isShortSentence, linesOf, unwrapLines } from '../text';
import type { ChromeRule, LineInfo } from './line-info';
import { callToActionLine } from './rules/call-to-action';
import { legalNotice } from './rules/legal-notice';
import { outletNextToTime, parseMetaLine } from './rules/metadata-line';
import { navigation } from './rules/navigation';
import { repeatedLine } from './rules/repeated-line';
import { shortFragment } from './rules/short-fragment';
import { shoutingLabel } from './rules/shouting-label';
import { teaserLink } from './rules/teaser-link';

/** Most specific first: the first rule that holds names the reason a line was removed. */
export const CHROME_RULES: readonly ChromeRule[] = [
  legalNotice,
  navigation,
  callToActionLine,
  shoutingLabel,
  teaserLink,
  repeatedLine,
  shortFragment,
];

/**
 * Reads every line of a page into its features: shape, repetition across the page, metadata, and the chrome
 * rule (if any) that holds. Hard-wrapped copy is joined into logical lines first. Linear in the page size apart from one map of line keys.
 */
export function classifyLines(text: string): LineInfo[] {
  const lines: LineInfo[] = unwrapLines(linesOf(text)).map(({ text: raw, first }, index) => ({
    index,
    lineNumber: first + 1,
    text: raw,
    key: foldForCompare(raw),
    blank: raw === '',
    prose: isProseLine(raw),
    shortSentence: isShortSentence(raw),
    repeats: 1,
    meta: null,
    chrome: null,
  }));
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.blank) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  for (const l of lines) {
    l.repeats = l.blank ? 0 : counts.get(l.key)!;
    if (!l.blank && !l.prose) l.meta = parseMetaLine(l.text);
  }
  // Second pass: bare names are outlets only next to the time lines found above.
  for (const l of lines) if (!l.blank && !l.meta) l.meta = outletNextToTime(l, lines);
  for (const l of lines) {
    if (l.blank || l.meta) continue;
    l.chrome = CHROME_RULES.find((rule) => rule.test(l, lines))?.id ?? null;
  }
  return lines;
}

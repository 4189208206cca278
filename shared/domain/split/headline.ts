import { wordTokens } from '../text';
import { nearestNonBlank, type LineInfo } from '../clean';

/**
 * Headline choice by score, not by position alone: a headline is title-shaped (a few words, no closing full
 * stop), is often printed more than once (link, card title, heading), and sits right above the body or its
 * metadata. Menus never qualify; lines in the site's voice, shouted labels and teasers are pushed down.
 */

/** A headline must beat this to be taken; below it the article has no headline. */
export const MIN_HEADLINE_SCORE = 1;

const PENALTY: Record<string, number> = { 'call-to-action': -3, 'shouting-label': -2, 'teaser-link': -2 };

function isTitleShaped(line: LineInfo): boolean {
  if (line.blank || line.prose || line.meta || line.chrome === 'navigation') return false;
  const words = wordTokens(line.text).length;
  return words >= 3 && words <= 30 && /^[\p{Lu}\p{N}'"‘“]/u.test(line.text) && !/[:;,]$/.test(line.text);
}

/** Score of `line` as the headline of the body starting at `bodyStart`, within a zone starting at `from`. */
export function headlineScore(line: LineInfo, page: readonly LineInfo[], from: number, bodyStart: number): number {
  if (!isTitleShaped(line)) return -Infinity;
  let score = 0;
  if (line.repeats > 1) score += 3;
  const next = nearestNonBlank(page, line.index, 1);
  if (!next || next.index >= bodyStart || next.meta || next.key === line.key) score += 2;
  if (wordTokens(line.text).length >= 5) score += 1;
  score += PENALTY[line.chrome ?? ''] ?? 0;
  // Nearer the body wins ties: the last heading before copy is its own.
  return score + 1 - (bodyStart - line.index) / (bodyStart - from + 1);
}

/** The best headline line in [from, bodyStart), or null when nothing scores high enough. */
export function pickHeadline(page: readonly LineInfo[], from: number, bodyStart: number): LineInfo | null {
  let best: LineInfo | null = null;
  let bestScore = MIN_HEADLINE_SCORE;
  for (let i = from; i < bodyStart; i++) {
    const score = headlineScore(page[i]!, page, from, bodyStart);
    if (score >= bestScore) [best, bestScore] = [page[i]!, score];
  }
  return best;
}

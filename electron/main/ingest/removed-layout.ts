import type { PageAnalysis } from '../../../shared/domain/model';
import { linesOf } from '../../../shared/domain/text/normalize';

/**
 * For each article, how many of its removed lines stood before its body (the rest stood after it), so that a
 * restored line goes back to the top or the bottom of the body. Analysis gives the page line of every
 * removed line but not of the body, so the body's first line is found as the first later line the first
 * paragraph starts with (paragraphs are page lines, joined when the page wrapped them).
 */
export function removedBeforeBody(text: string, analysis: PageAnalysis): Record<string, number> {
  const lines = linesOf(text);
  const result: Record<string, number> = {};
  let from = 0;
  for (const article of analysis.articles) {
    const removals = (analysis.removals ?? []).filter((r) => r.article === article.id);
    const removedLines = new Set(removals.map((r) => r.line - 1));
    const first = article.paragraphs[0] ?? '';
    const at = lines.findIndex((line, i) => i >= from && line !== '' && !removedLines.has(i) && line !== article.headline && first.startsWith(line));
    if (at < 0) {
      result[article.id] = 0;
      continue;
    }
    result[article.id] = removals.filter((r) => r.line - 1 < at).length;
    from = at + 1;
  }
  return result;
}

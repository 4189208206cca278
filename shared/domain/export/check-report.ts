import type { DraftArticle, DraftFields } from '../draft';
import { hash64Hex } from '../text';
import { blockText } from './block-text';
import type { ExportCheck, ExportCheckReport, ExportIssue, ExportProblem } from './check-types';

/** Characters either side of a problem in its excerpt, so the list reads as a line of the article. */
const CONTEXT_CHARS = 24;
/** Longest covered text an excerpt shows before eliding its middle. */
const MAX_COVERED_CHARS = 40;

const FIELD_NAMES: Readonly<Record<keyof DraftFields, string>> = { headline: 'Headline', standfirst: 'Standfirst', byline: 'Byline', dateline: 'Dateline' };

// Characters the problem is often about but that show as nothing (or as a space) in a list.
const INVISIBLE = /[\p{Cc}\p{Cf}\u00A0\u00AD\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/gu;
const shown = (text: string): string => text.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);

function placeText(article: DraftArticle, problem: ExportProblem): string {
  if (problem.field) return article.fields[problem.field];
  return problem.block === null ? '' : blockText(article.blocks[problem.block] ?? { kind: 'paragraph', runs: [] });
}

const isLowSurrogate = (text: string, at: number): boolean => /[\uDC00-\uDFFF]/.test(text[at] ?? '');
/** `at` moved forward off the second half of a surrogate pair, so a cut never leaves half a character. */
const onCharacter = (text: string, at: number): number => (isLowSurrogate(text, at) && at > 0 && /[\uD800-\uDBFF]/.test(text[at - 1]!) ? at + 1 : at);

/** The problem's text with a little either side, invisible characters named, "…" where the place goes on. */
function excerptOf(text: string, start: number, end: number): string {
  const from = onCharacter(text, Math.max(0, start - CONTEXT_CHARS));
  const to = onCharacter(text, Math.min(text.length, end + CONTEXT_CHARS));
  const covered = text.slice(start, end);
  const half = MAX_COVERED_CHARS / 2;
  const middle = covered.length > MAX_COVERED_CHARS ? `${covered.slice(0, onCharacter(covered, half))}…${covered.slice(onCharacter(covered, covered.length - half))}` : covered;
  return `${from > 0 ? '…' : ''}${shown(text.slice(from, start))}${shown(middle)}${shown(text.slice(end, to))}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/**
 * The export check as the editor's list (the contract's ExportCheckReport shape): where each problem is ("Headline",
 * "Paragraph 3", counted from 1 over body blocks), an excerpt around it, and whether the check knows the fix. The id
 * is made of the kind, the place and the covered text (and which occurrence of the same in that place it is), not
 * of offsets, so a waiver survives edits elsewhere in the paragraph and re-checking.
 */
export function checkReport(article: DraftArticle, check: ExportCheck): ExportCheckReport {
  const seen = new Map<string, number>();
  const problems = check.problems.map((problem): ExportIssue => {
    const text = placeText(article, problem);
    const place = problem.field ?? `block-${problem.block ?? 0}`;
    const key = `${problem.kind}:${place}:${hash64Hex(text.slice(problem.start, problem.end))}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      id: `${key}:${occurrence}`,
      kind: problem.kind,
      message: problem.message,
      where: problem.field ? FIELD_NAMES[problem.field] : `Paragraph ${(problem.block ?? 0) + 1}`,
      excerpt: excerptOf(text, problem.start, problem.end),
      fixable: problem.fix !== null,
    };
  });
  return { problems, complete: check.complete };
}

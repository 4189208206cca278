import type { DraftArticle, DraftFields } from '../draft';
import { checkStyle, MAX_STYLE_CHARS, type StyleOptions, type StyleRuleId } from '../style';
import { blockText } from './block-text';
import { characterProblems, looksEmpty } from './check-characters';
import { chromeProblems } from './check-chrome';
import type { ExportCheck, ExportProblem, ExportProblemKind, TextProblem } from './check-types';
import { FIELD_ORDER } from './header-fields';

/** The size budget: the style check's, so one article costs the same whichever panel runs it. */
export const MAX_EXPORT_CHECK_CHARS = MAX_STYLE_CHARS;

/** A checked text and where it sits in the article. */
interface Place {
  field: keyof DraftFields | null;
  block: number | null;
  text: string;
}

/** Style rules that are export problems in their own right; the rest are house-style suggestions not yet applied. */
const STYLE_KINDS: Partial<Record<StyleRuleId, ExportProblemKind>> = { 'unbalanced-quotes': 'unbalanced-quotes', 'double-spaces': 'doubled-spaces' };

/**
 * Everything the desk should fix or waive before the article leaves: invisible and control characters, soft
 * hyphens, stray non-breaking spaces (check-characters.ts says which ones stay), empty paragraphs, leftover page
 * chrome, and the house-style check (domain/style) with its unbalanced quotes and doubled spaces named as such.
 * Fields and blocks are checked in reading order until MAX_EXPORT_CHECK_CHARS; `complete` says whether all were.
 * Pure and deterministic.
 */
export function checkExport(article: DraftArticle, options: StyleOptions, maxChars = MAX_EXPORT_CHECK_CHARS): ExportCheck {
  const all: Place[] = [
    ...FIELD_ORDER.map((field) => ({ field, block: null, text: article.fields[field] })),
    ...article.blocks.map((block, index) => ({ field: null, block: index, text: blockText(block) })),
  ];
  const places: Place[] = [];
  let size = 0;
  for (const place of all) {
    // The "\n" that joins places for the style check counts towards the budget too.
    if (size + place.text.length + 1 > maxChars) break;
    places.push(place);
    size += place.text.length + 1;
  }
  const found = places.map((place) => ({ place, problems: textProblems(place) }));
  addStyleProblems(found, options);
  const problems: ExportProblem[] = found.flatMap(({ place, problems: list }) =>
    list.sort((a, b) => a.start - b.start || a.end - b.end).map((problem) => ({ ...problem, field: place.field, block: place.block })),
  );
  return { problems, complete: places.length === all.length };
}

function textProblems(place: Place): TextProblem[] {
  // readDraftArticle drops truly blank blocks; one of invisible characters alone still gets through.
  if (place.block !== null && looksEmpty(place.text)) return [{ kind: 'empty-paragraph', message: 'Empty paragraph: delete it', start: 0, end: place.text.length, fix: '' }];
  return [...characterProblems(place.text), ...(place.block === null ? [] : chromeProblems(place.text))];
}

/**
 * One style check over every place joined by "\n" (its suggestions never cross a line break), mapped back to
 * each place's own offsets; budgeted by the caller already, so it is complete.
 */
function addStyleProblems(found: { place: Place; problems: TextProblem[] }[], options: StyleOptions): void {
  const starts: number[] = [];
  let offset = 0;
  for (const { place } of found) {
    starts.push(offset);
    offset += place.text.length + 1;
  }
  const joined = found.map(({ place }) => place.text).join('\n');
  let at = 0;
  // Suggestions come in text order, so the place they fall in only ever moves forward.
  for (const suggestion of checkStyle(joined, options, joined.length).suggestions) {
    while (at + 1 < starts.length && starts[at + 1]! <= suggestion.start) at++;
    found[at]!.problems.push({
      kind: STYLE_KINDS[suggestion.rule] ?? 'house-style',
      message: suggestion.message,
      start: suggestion.start - starts[at]!,
      end: suggestion.end - starts[at]!,
      fix: suggestion.replacement,
    });
  }
}

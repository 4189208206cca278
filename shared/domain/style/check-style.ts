import { resolveOverlaps } from './resolve-overlaps';
import { STYLE_RULES } from './rules';
import { STYLE_RULE_IDS, type StyleCheck, type StyleOptions, type StyleSuggestion } from './types';

/**
 * The size budget: a 5,000-word draft is about 30,000 characters, so this covers any article several times
 * over while keeping a check of pasted junk (a whole book) to a few tens of milliseconds.
 */
export const MAX_STYLE_CHARS = 200_000;
/** More suggestions than this is a text in another convention altogether; the panel shows the first ones. */
export const MAX_STYLE_SUGGESTIONS = 2_000;

/** Where to stop: the last paragraph break within the budget, so no paragraph's quotes are cut in half. */
function budgetEnd(text: string, maxChars: number): number {
  if (text.length <= maxChars) return text.length;
  const lastBreak = text.lastIndexOf('\n', maxChars);
  return lastBreak > 0 ? lastBreak : maxChars;
}

/**
 * Runs every house-style rule over `text` (paragraphs separated by "\n") and returns non-overlapping
 * suggestions in text order. Pure and deterministic. `complete` is false when the text was longer than
 * `maxChars` (only the paragraphs within it were checked) or the suggestions were capped.
 */
export function checkStyle(text: string, options: StyleOptions, maxChars = MAX_STYLE_CHARS): StyleCheck {
  const checkedChars = budgetEnd(text, maxChars);
  const checked = text.slice(0, checkedChars);
  const all: StyleSuggestion[] = STYLE_RULE_IDS.flatMap((rule) => STYLE_RULES[rule](checked, options));
  const resolved = resolveOverlaps(all);
  const capped = resolved.length > MAX_STYLE_SUGGESTIONS;
  return {
    suggestions: capped ? resolved.slice(0, MAX_STYLE_SUGGESTIONS) : resolved,
    checkedChars,
    complete: checkedChars === text.length && !capped,
  };
}

/** The suggestions alone, for callers that do not report a partial check. */
export const suggestStyle = (text: string, options: StyleOptions): StyleSuggestion[] => checkStyle(text, options).suggestions;

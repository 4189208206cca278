/**
 * House style: suggestions a sub-editor reviews and applies one by one or all at once. Pure, deterministic,
 * budgeted (MAX_STYLE_CHARS, MAX_STYLE_SUGGESTIONS; StyleCheck.complete says when the answer is partial).
 *
 * API
 * - checkStyle(text, { quoteStyle }) → { suggestions, checkedChars, complete }; suggestStyle(text, options)
 *   → the suggestions alone. `text` may hold several paragraphs separated by "\n"; suggestions never span a
 *   paragraph break and never overlap. Offsets are UTF-16 indexes into `text`.
 * - StyleSuggestion { rule, message, start, end, replacement }: replacement null is a flag ("look at this",
 *   e.g. an unbalanced quote) with nothing to apply.
 * - applySuggestions(text, suggestions) → the text with every non-null replacement applied in one pass.
 * - Rules (one file each under rules/, ids and order in STYLE_RULE_IDS, headings in STYLE_RULE_LABELS):
 *   unbalanced-quotes, typographic-quotes (UK ‘outer “inner”’, US “outer ‘inner’”), apostrophes (’),
 *   number-ranges (1990–95), dashes (UK spaced en dash, US unspaced em dash), ellipses (…), space before
 *   punctuation, double spaces, title-stops (UK: Mr, Mrs, Ms, Dr, St without a stop).
 */
export { checkStyle, suggestStyle, MAX_STYLE_CHARS, MAX_STYLE_SUGGESTIONS } from './check-style';
export { applySuggestions } from './apply-suggestions';
export { STYLE_RULE_LABELS } from './rules';
export { STYLE_RULE_IDS, type StyleCheck, type StyleOptions, type StyleRuleId, type StyleSuggestion } from './types';

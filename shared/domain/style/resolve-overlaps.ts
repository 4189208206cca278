import { STYLE_RULE_IDS, type StyleSuggestion } from './types';

const PRIORITY = new Map(STYLE_RULE_IDS.map((rule, i) => [rule, i]));

/**
 * Keeps suggestions that do not overlap, so every kept one can be applied in one pass. Earlier in the text
 * wins; at the same start the rule listed first in STYLE_RULE_IDS wins (a dash's own spacing beats the
 * double-space rule), then the longer span. Deterministic: the same input always keeps the same set.
 */
export function resolveOverlaps(suggestions: readonly StyleSuggestion[]): StyleSuggestion[] {
  const ordered = [...suggestions].sort(
    (a, b) => a.start - b.start || PRIORITY.get(a.rule)! - PRIORITY.get(b.rule)! || b.end - a.end,
  );
  const kept: StyleSuggestion[] = [];
  let reached = 0;
  for (const suggestion of ordered) {
    if (suggestion.start < reached) continue;
    kept.push(suggestion);
    reached = suggestion.end;
  }
  return kept;
}

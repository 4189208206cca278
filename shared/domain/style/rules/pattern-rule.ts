import type { StyleRuleId, StyleSuggestion } from '../types';

/**
 * Most rules are "every match of this pattern gets this replacement": this turns a global regex into
 * suggestions, so each rule file holds only its pattern and its wording. `replace` returning undefined skips
 * a match the pattern could not exclude by itself (the text already right, a context the regex cannot see).
 */
export function suggestionsForPattern(
  text: string,
  pattern: RegExp,
  rule: StyleRuleId,
  message: string,
  replace: (match: RegExpExecArray) => string | null | undefined,
): StyleSuggestion[] {
  if (!pattern.global) throw new Error(`Style rule ${rule}: its pattern must be global (/g).`);
  const found: StyleSuggestion[] = [];
  for (const match of text.matchAll(pattern)) {
    const replacement = replace(match);
    if (replacement === undefined || replacement === match[0]) continue;
    found.push({ rule, message, start: match.index, end: match.index + match[0].length, replacement });
  }
  return found;
}

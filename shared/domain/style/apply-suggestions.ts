import type { StyleSuggestion } from './types';

/**
 * Applies suggestions to the text they were made for, in one pass. Flags (replacement null), suggestions
 * outside the text and any overlapping one already applied are skipped, so a caller may pass a filtered or
 * stale-but-same-text list without corrupting the text.
 */
export function applySuggestions(text: string, suggestions: readonly StyleSuggestion[]): string {
  const ordered = suggestions
    .filter((s) => s.replacement !== null && s.start >= 0 && s.start <= s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

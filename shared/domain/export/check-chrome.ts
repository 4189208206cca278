import { classifyLines, isCallToActionRun } from '../clean';
import type { TextProblem } from './check-types';

/**
 * The cleaning rules that judge a line by what it says (rights notices, menus, the site talking to the reader).
 * The others (short fragments, shouting labels, teaser shapes, repetition) judge a line by its place on a page
 * and would flag sub-heads and list items of a finished article.
 */
const CONTENT_RULES = new Set(['legal-notice', 'navigation', 'call-to-action']);

/** Page furniture that survives a paste as a paragraph of its own: ad slots, read-more and sign-up prompts, cookie notices. */
const FURNITURE = /^(?:advertisement|advert|sponsored(?: content)?|read more\b.*|sign up\b.*|subscribe\b.*|share (?:this|on)\b.*|related(?: articles| stories)?:?.*|we use cookies\b.*|.*\baccept (?:all )?cookies\b.*|skip to (?:main )?content)$/i;

/** Most words such a block runs to; longer text is copy, whatever words it opens with. */
const MAX_FURNITURE_WORDS = 25;

/** Why the block reads as leftover page chrome, or null. */
function chromeReason(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.split(/\s+/).length <= MAX_FURNITURE_WORDS && FURNITURE.test(trimmed)) return 'page furniture';
  const lines = classifyLines(trimmed).filter((line) => !line.blank);
  const rule = lines.map((line) => line.chrome).find((id) => id !== null && CONTENT_RULES.has(id));
  if (rule) return rule.replace('-', ' ');
  return isCallToActionRun(lines) ? 'call to action' : null;
}

/** The whole block flagged when it reads as chrome; no fix, since deleting a paragraph is the editor's call. */
export function chromeProblems(text: string): TextProblem[] {
  const reason = chromeReason(text);
  return reason ? [{ kind: 'page-chrome', message: `Looks like leftover page chrome (${reason}): delete it if it is not copy`, start: 0, end: text.length, fix: null }] : [];
}

import type { ChromeRule } from '../line-info';

/**
 * The catch-all: outside a headline or metadata position, a line that is not a sentence (a button, a label,
 * an image caption stub, "logo") carries no copy. Listed last so more specific rules name the reason first.
 */
export const shortFragment: ChromeRule = {
  id: 'fragment',
  test: (line) => !line.prose && !line.shortSentence,
};

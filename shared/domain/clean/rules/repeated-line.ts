import type { ChromeRule } from '../line-info';

/**
 * A short line printed more than once on a page is template: link lists, card titles echoing a headline,
 * "Share" buttons. Running copy is excluded (two versions of one story legitimately share paragraphs).
 */
export const repeatedLine: ChromeRule = {
  id: 'repeated',
  test: (line) => !line.prose && line.repeats > 1,
};

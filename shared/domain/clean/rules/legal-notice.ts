import type { ChromeRule } from '../line-info';

/**
 * Copyright and rights notices ("© 2026 ... All rights reserved.") close every page template and are
 * punctuated like a sentence, so they are judged even when they read as copy: they never belong to an article.
 */
export const legalNotice: ChromeRule = {
  id: 'legal-notice',
  test: (line) => /^(?:©|\(c\)\s|copyright\b)/iu.test(line.text) || /\ball rights reserved\b/iu.test(line.text),
};

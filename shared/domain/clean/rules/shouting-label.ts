import { isAllCaps, wordTokens } from '../../text';
import type { ChromeRule } from '../line-info';

/**
 * Short all-capitals lines are buttons and section labels ("READ MORE", "DOWNLOAD THE APP"): body copy is
 * never set in capitals, and headlines that are have a time or byline beside them and are scored separately.
 */
export const shoutingLabel: ChromeRule = {
  id: 'shouting-label',
  test: (line) => !line.prose && isAllCaps(line.text) && wordTokens(line.text).length <= 8,
};

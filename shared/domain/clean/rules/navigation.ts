import { lowerCaseShare, wordTokens } from '../../text';
import type { ChromeRule } from '../line-info';

/**
 * Menus and breadcrumbs flatten into one line of short capitalised items, often joined by separators
 * ("Home | News | Sport", "News › UK › Politics"). Headlines have lower-case function words; menus do not.
 */
export const navigation: ChromeRule = {
  id: 'navigation',
  test: (line) => {
    if (line.prose) return false;
    const separators = (line.text.match(/\s[|•·›»>/]\s/gu) ?? []).length;
    if (separators >= 2) return true;
    const words = wordTokens(line.text);
    return words.length >= 6 && lowerCaseShare(line.text) === 0 && !/[.!?,;:]/u.test(line.text);
  },
};

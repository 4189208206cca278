import { isProseLine } from '../../text';
import type { ChromeRule } from '../line-info';

/**
 * Links to other pages keep a telltale shape when flattened: a numbered list item ("1. Council backs plan"),
 * a kicker label and colon before a title ("Read more: ...", "Watch: ..."), or a title cut off by an ellipsis.
 */
export const teaserLink: ChromeRule = {
  id: 'teaser-link',
  test: (line) => {
    if (line.prose) return false;
    const text = line.text;
    if (/^\d{1,2}[.)]\s+\S/u.test(text)) return true;
    const kicker = /^([\p{L}\p{N}' ]{2,24}):\s+(\S.*)$/u.exec(text);
    if (kicker && kicker[1]!.trim().split(/\s+/).length <= 3 && !isProseLine(kicker[2]!)) return true;
    return /(?:\.\.\.|…)$/u.test(text);
  },
};

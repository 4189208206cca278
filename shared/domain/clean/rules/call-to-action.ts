import { endsLikeSentence, opensWithQuote, siteVoiceWords, splitSentences, wordTokens } from '../../text';
import type { ChromeRule, LineInfo } from '../line-info';

/**
 * Calls to action (app banners, newsletter sign-ups, cookie notices, "follow us") speak to the reader or as
 * the site: "you", "your", "our", "us". News copy speaks about third parties, and where it says "you" it is
 * inside a quotation, so lines opening with a quote are left alone.
 */
export const callToActionLine: ChromeRule = {
  id: 'call-to-action',
  test: (line) => !line.prose && !opensWithQuote(line.text) && siteVoiceWords(line.text) > 0,
};

/** Most words a standalone call to action runs to; longer runs of sentences are copy whatever their voice. */
const MAX_CTA_WORDS = 70;

/**
 * A short block of sentences (no more than three) in the site's voice in at least half of them is a promo or
 * consent banner even though it is punctuated like copy.
 */
export function isCallToActionRun(lines: readonly LineInfo[]): boolean {
  const text = lines.map((l) => l.text).join(' ');
  if (wordTokens(text).length > MAX_CTA_WORDS) return false;
  const sentences = splitSentences(text);
  if (sentences.length === 0 || sentences.length > 3) return false;
  const voiced = sentences.filter((s) => !opensWithQuote(s) && siteVoiceWords(s) > 0).length;
  return voiced * 2 >= sentences.length && sentences.every((s) => endsLikeSentence(s) || s.endsWith(':'));
}

import { wordsOf } from '../text';

/**
 * Lines that only announce a response still to come. Once a later version puts something in their place
 * they are stale by definition, however little wording the two share ("has been contacted for comment"
 * → "A Met spokeswoman said ...").
 */
const AWAITING_RESPONSE = [
  /\b(?:has|have|had|was|were) been (?:contacted|approached|asked) for (?:a )?(?:comment|response|a statement)\b/i,
  /\bdid not (?:immediately )?(?:respond|reply) to (?:a )?request(?:s)? for comment\b/i,
  /\bdeclined to comment\b/i,
  /\bwas not (?:immediately )?available for comment\b/i,
];

/** Most of a sentence's content words (four letters or more: "the", "said", "and" prove nothing) reappear. */
const REWRITE_SHARE = 0.6;
const contentWords = (text: string) => wordsOf(text).filter((w) => w.length >= 4);

/**
 * Whether a passage a later version replaced (a 'replace' in the pairwise diff) is superseded by its
 * replacement, or merely sat where the later version trimmed one thing and added another. The diff cannot
 * tell the two apart by position alone; dropping on a mere coincidence of position would lose a sentence,
 * which "nothing lost" forbids. Superseded: an awaiting-response line, or a rewrite keeping most of the
 * old sentence's content words.
 */
export function supersededBy(old: string, replacement: readonly string[]): boolean {
  if (replacement.length === 0) return false;
  if (AWAITING_RESPONSE.some((line) => line.test(old))) return true;
  const words = contentWords(old);
  if (words.length === 0) return false;
  const offered = new Set(replacement.flatMap(contentWords));
  return words.filter((w) => offered.has(w)).length / words.length >= REWRITE_SHARE;
}

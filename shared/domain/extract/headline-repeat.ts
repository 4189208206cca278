import { foldForCompare } from '../text/fold';

/**
 * HTML bodies of wire items often open with the headline again as an <h1>; kept, it would read as the first
 * paragraph of the copy and make versions with and without it differ.
 */
export function withoutRepeatedHeadline(paragraphs: string[], headline: string | null): string[] {
  if (!headline || paragraphs.length === 0) return paragraphs;
  return foldForCompare(paragraphs[0]!) === foldForCompare(headline) ? paragraphs.slice(1) : paragraphs;
}

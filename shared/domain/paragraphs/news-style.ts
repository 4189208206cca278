import { opensWithQuote, wordTokens } from '../text';
import { leavesQuoteOpen } from './quotes';

/**
 * News paragraphs are short: one to three sentences, usually one long one or two short ones. A quotation opens
 * a paragraph, a sentence continuing an open quotation stays with it, and an attribution to someone new
 * ("..., a spokesman said") starts a fresh paragraph. These conventions hold across agencies and outlets.
 */

/** A paragraph this long (in words) takes no further sentence. */
const FULL_PARAGRAPH_WORDS = 25;
const MAX_SENTENCES = 3;
const ATTRIBUTION = /\b(?:said|says|told|added|according to)\b/i;

function startsParagraph(sentence: string, paragraph: readonly string[]): boolean {
  if (paragraph.length === 0) return true;
  if (paragraph.length >= MAX_SENTENCES) return true;
  if (leavesQuoteOpen(paragraph.at(-1)!) && !opensWithQuote(sentence)) return false;
  if (opensWithQuote(sentence)) return true;
  // A quotation paragraph ends with its quotation; the narration after it is the next paragraph.
  if (opensWithQuote(paragraph[0]!)) return true;
  if (ATTRIBUTION.test(sentence) && paragraph.some((s) => ATTRIBUTION.test(s))) return true;
  return paragraph.length >= 2 || wordTokens(paragraph.join(' ')).length >= FULL_PARAGRAPH_WORDS;
}

/** Groups consecutive sentences into news-style paragraphs. */
export function newsStyleParagraphs(sentences: readonly string[]): string[] {
  const paragraphs: string[][] = [];
  for (const sentence of sentences) {
    const current = paragraphs.at(-1);
    if (!current || startsParagraph(sentence, current)) paragraphs.push([sentence]);
    else current.push(sentence);
  }
  return paragraphs.map((p) => p.join(' '));
}

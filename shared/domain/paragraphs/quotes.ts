import { opensWithQuote } from '../text';

// A closing mark: a quote after a non-space, followed by a space, punctuation or the end. An apostrophe inside
// a word ("Met's") has a letter after it and never matches.
const CLOSING = /\S['’"”](?=[\s.,;:!?)]|$)/u;

/**
 * A sentence that opens a quotation and does not close it: in news copy the quotation goes on in the next
 * sentence, which therefore belongs to the same paragraph.
 */
export const leavesQuoteOpen = (sentence: string): boolean => opensWithQuote(sentence) && !CLOSING.test(sentence.trim().slice(1));

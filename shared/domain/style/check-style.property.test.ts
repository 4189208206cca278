import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, hostileText, MEGABYTE_RUNS, megabyteLine, runs } from '../__fixtures__/arbitraries';
import type { QuoteStyle } from '../model/settings';
import { applySuggestions, checkStyle, MAX_STYLE_SUGGESTIONS } from '.';

// House style on hostile text: never throws, suggestions in order, apart, inside the checked text, never across
// a paragraph break or inside a character; the same answer twice; the budget flag set whenever it was used.
const soak = process.env.COPYDESK_SOAK === '1';

const quoteStyle = fc.constantFrom<QuoteStyle[]>('uk', 'us');

/** Several paragraphs, as the editor passes them: "\n"-separated. */
const paragraphs = fc.oneof(
  fc.array(hostileText(30), { maxLength: 5 }).map((list) => list.join('\n')),
  article().map((a) => a.paragraphs.join('\n')),
);

/** True when `at` falls between the two halves of a surrogate pair. */
const insideCharacter = (text: string, at: number): boolean => /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[at] ?? '');

describe('the house-style check', () => {
  it('never throws; its suggestions are in order, apart, inside the text and never span a paragraph break or split a character', () => {
    fc.assert(
      fc.property(paragraphs, quoteStyle, (text, style) => {
        const check = checkStyle(text, { quoteStyle: style });
        let end = 0;
        for (const s of check.suggestions) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(check.checkedChars);
          expect(text.slice(s.start, s.end)).not.toContain('\n');
          expect(insideCharacter(text, s.start) || insideCharacter(text, s.end)).toBe(false);
          expect(s.message).toMatch(/\S/);
          end = s.end;
        }
        expect(checkStyle(text, { quoteStyle: style })).toEqual(check);
        expect(() => applySuggestions(text, check.suggestions)).not.toThrow();
      }),
      runs(200, soak),
    );
  });

  it('says when its size budget or its suggestion cap cut the check short', () => {
    fc.assert(
      fc.property(paragraphs, fc.integer({ min: 0, max: 200 }), quoteStyle, (text, maxChars, style) => {
        const check = checkStyle(text, { quoteStyle: style }, maxChars);
        expect(check.checkedChars).toBeLessThanOrEqual(Math.max(maxChars, 0));
        if (text.length > maxChars) expect(check.complete).toBe(false);
        if (check.suggestions.length === MAX_STYLE_SUGGESTIONS) expect(check.complete).toBe(false);
      }),
      runs(100, soak),
    );
  });

  it('survives a line of about 1 MB, checking it only up to its budget', () => {
    fc.assert(
      fc.property(megabyteLine(), (text) => {
        const check = checkStyle(text, { quoteStyle: 'uk' });
        expect(check.complete).toBe(false);
        expect(check.suggestions.length).toBeLessThanOrEqual(MAX_STYLE_SUGGESTIONS);
      }),
      MEGABYTE_RUNS,
    );
  });

  // Not always in one round: one rule's replacement can make work for another (" --  ," becomes " – ," and only
  // then has a space before its comma), but rounds of "apply all" must settle.
  it('has nothing more to replace after at most three rounds of applying every replacement', () => {
    const punctuated = fc
      .array(fc.oneof(article().map((a) => a.paragraphs.join(' ')), fc.constantFrom('"', "'", ' - ', ' -- ', '...', ' ,', '  ', 'Mr. ', '1990-1995', "it's", '“', '’')), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(punctuated, quoteStyle, (text, style) => {
        let fixed = text;
        for (let round = 0; round < 3; round++) fixed = applySuggestions(fixed, checkStyle(fixed, { quoteStyle: style }).suggestions);
        expect(checkStyle(fixed, { quoteStyle: style }).suggestions.filter((s) => s.replacement !== null)).toEqual([]);
      }),
      runs(150, soak),
    );
  });
});

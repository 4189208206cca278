import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestions } from './apply-suggestions';
import { checkStyle, MAX_STYLE_SUGGESTIONS, suggestStyle } from './check-style';
import type { StyleOptions, StyleSuggestion } from './types';

const SEED = readFileSync(new URL('../../../../shared/fixtures/seed/daily8-met-lfr.txt', import.meta.url), 'utf8');
const STYLES: StyleOptions[] = [{ quoteStyle: 'uk' }, { quoteStyle: 'us' }];

// Deterministic copy-like text: words with quotes attached the way writers attach them, in every mix of
// conventions, plus each rule's pattern, so the properties meet awkward combinations (unbalanced quotes,
// run-on paragraphs, dashes next to quotes, spaces before punctuation after a closing quote).
const TOKENS = [
  'word', 'Met', 'police', '"We', "'We", '‘We', '“We', 'said,"', "said,'", 'said,’', 'said,”', 'it.', "don't", "Met's",
  "officers'", '"best"', "'best'", '-', '--', '—', '–', 'so...', 'this ,', 'that .', '1990-95', '10 - 12', 'Mr. Smith',
  'St. Paul', 'Main St.', 'why?', '(aside)', "rock 'n' roll", "the '90s", 'end."', "end.'", 'end.’"', '\n', '\n"Again', 'a  b',
];
function copyLikeText(seed: number, words: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(TOKENS[(state >>> 8) % TOKENS.length]!);
  }
  return out.join(' ').replace(/ ?\n ?/g, '\n');
}

function expectWellFormed(text: string, suggestions: StyleSuggestion[]): void {
  let reached = 0;
  for (const s of suggestions) {
    expect(s.start).toBeGreaterThanOrEqual(reached);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).not.toContain('\n');
    expect(s.message.length).toBeGreaterThan(0);
    reached = s.end;
  }
}

const corpus = [SEED, ...Array.from({ length: 300 }, (_, i) => copyLikeText(i + 1, 80))];

describe('checkStyle', () => {
  it('fixes a real scraped page to house style in both conventions', () => {
    const uk = applySuggestions(SEED, suggestStyle(SEED, { quoteStyle: 'uk' }));
    expect(uk).toContain('Metropolitan Police’s policy over live facial recognition ‘unlawful’');
    expect(uk).toContain('‘The law is clear: everyone has the right to privacy');
    const us = applySuggestions(SEED, suggestStyle(SEED, { quoteStyle: 'us' }));
    expect(us).toContain('live facial recognition “unlawful”');
  });

  it('gives sorted, non-overlapping suggestions inside the text, none across a paragraph break', () => {
    for (const options of STYLES) for (const text of corpus) expectWellFormed(text, suggestStyle(text, options));
  });

  it('has nothing left but flags after applying everything (one pass is enough)', () => {
    for (const options of STYLES) {
      for (const text of corpus) {
        const fixed = applySuggestions(text, suggestStyle(text, options));
        const left = suggestStyle(fixed, options).filter((s) => s.replacement !== null);
        expect({ text, left }).toEqual({ text, left: [] });
      }
    }
  });

  it('is deterministic', () => {
    for (const text of corpus.slice(0, 5)) expect(suggestStyle(text, STYLES[0]!)).toEqual(suggestStyle(text, STYLES[0]!));
  });

  it('lets the dash rule own the spaces around a dash rather than the double-space rule', () => {
    expect(suggestStyle('one  -  two', { quoteStyle: 'uk' })).toMatchObject([{ rule: 'dashes', start: 3, end: 8, replacement: ' – ' }]);
  });

  it('checks only whole paragraphs within the size budget and says so', () => {
    const text = `"First."\n"Second." and  more\n"Third`;
    const check = checkStyle(text, { quoteStyle: 'uk' }, 30);
    expect(check.complete).toBe(false);
    expect(check.checkedChars).toBe(text.lastIndexOf('\n'));
    expect(check.suggestions.map((s) => s.rule)).toContain('double-spaces');
    expect(check.suggestions.every((s) => s.end <= check.checkedChars)).toBe(true);
    expect(check.suggestions.map((s) => s.rule)).not.toContain('unbalanced-quotes');
    expect(checkStyle(text, { quoteStyle: 'uk' }).complete).toBe(true);
  });

  it('caps the number of suggestions and says the list is partial', () => {
    const check = checkStyle('a  '.repeat(MAX_STYLE_SUGGESTIONS + 10), { quoteStyle: 'uk' });
    expect(check.suggestions).toHaveLength(MAX_STYLE_SUGGESTIONS);
    expect(check.complete).toBe(false);
  });

  it('suggests nothing for text already in house style', () => {
    expect(suggestStyle('‘We’re pleased – really,’ Mr Smith said of the 1990–95 figures…', { quoteStyle: 'uk' })).toEqual([]);
    expect(suggestStyle('“We’re pleased—really,” Mr. Smith said of the 1990–95 figures…', { quoteStyle: 'us' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseQuotes, type QuoteMark } from './quote-marks';

const roles = (text: string): string[] => analyseQuotes(text).map((m) => `${m.role}${m.role === 'open' || m.role === 'close' ? m.depth : ''}${m.unbalanced ? '!' : ''}`);
const at = (text: string, index: number): QuoteMark | undefined => analyseQuotes(text).find((m) => m.index === index);

describe('analyseQuotes', () => {
  it('pairs straight double quotes and nests single quotes inside them', () => {
    expect(roles(`"He said 'no' today," she said.`)).toEqual(['open0', 'open1', 'close1', 'close0']);
  });

  it('reads the nesting, not the mark as typed: UK-style singles outside are depth 0', () => {
    expect(roles(`‘He said “no” today,’ she said.`)).toEqual(['open0', 'open1', 'close1', 'close0']);
  });

  it('tells apostrophes inside words, elisions and decades from quotes', () => {
    expect(roles(`don't, the Met's, the '90s, rock 'n' roll, 'em`)).toEqual(Array(6).fill('apostrophe'));
  });

  it('reads a plural possessive as an apostrophe when a later mark closes the quotation', () => {
    const text = `'The officers' decision was right,' he said.`;
    expect(roles(text)).toEqual(['open0', 'apostrophe', 'close0']);
  });

  it('reads a word-final mark as a closing quote when nothing later closes (scare quotes)', () => {
    expect(roles(`the 'unacceptable' move and the 'bad' thing`)).toEqual(['open0', 'close0', 'open0', 'close0']);
  });

  it('reads a word-final mark with no quotation open as a possessive', () => {
    expect(roles(`the drivers' vans`)).toEqual(['apostrophe']);
  });

  it('closes a run of marks inner first', () => {
    expect(roles(`"She said 'go.'"`)).toEqual(['open0', 'open1', 'close1', 'close0']);
  });

  it('flags a quotation left open at the end of the text', () => {
    expect(roles(`"Never closed.`)).toEqual(['open0!']);
  });

  it('flags a closing mark with nothing open', () => {
    expect(roles(`Nothing opened here." he said`)).toEqual(['close0!']);
  });

  it('flags an inner quotation left open when the outer one closes', () => {
    expect(roles(`"He said 'no today," she said.`)).toEqual(['open0', 'open1!', 'close0']);
  });

  it('does not pair across paragraphs', () => {
    expect(roles(`"Opened\nclosed" here`)).toEqual(['open0!', 'close0!']);
  });

  it('accepts a quotation reopened at the next paragraph without closing (news style)', () => {
    const text = `"First paragraph of the quote.\n"Second paragraph.\n"Third, which ends it."`;
    expect(roles(text)).toEqual(['open0', 'open0', 'open0', 'close0']);
  });

  it('accepts a run-on quotation reopened with the other kind of mark (a paragraph not yet converted)', () => {
    expect(roles(`"First paragraph.\n‘Second,’ he said.`)).toEqual(['open0', 'open0', 'close0']);
  });

  it('reads a word-final mark in a run-on quotation as a possessive', () => {
    expect(roles(`‘The officers’ view\n‘continues here.’`)).toEqual(['open0', 'apostrophe', 'open0', 'close0']);
  });

  it('closes scare quotes at the first word-final mark and reads the next as a possessive', () => {
    expect(roles(`a 'chilling effect' on individuals' rights`)).toEqual(['open0', 'close0', 'apostrophe']);
  });

  it('flags a mark that neither opens nor closes', () => {
    expect(at(`word"word`, 4)).toMatchObject({ role: 'unknown', unbalanced: true });
  });

  it('gives offsets in the whole text across paragraphs', () => {
    const text = `First.\n"Quoted."`;
    expect(analyseQuotes(text).map((m) => text[m.index])).toEqual(['"', '"']);
  });

  // Regressions (found by check-style.property.test.ts): a paragraph of hundreds of thousands of marks took
  // quadratic time (each mark walked the run, each close searched every open quotation) and then overflowed
  // the stack when its marks were spread into one push.
  it('reads a paragraph of 200,000 marks', () => {
    const text = `He said ${'\u201c'.repeat(100_000)}${"'".repeat(100_000)}`;
    const marks = analyseQuotes(text);
    expect(marks).toHaveLength(200_000);
    expect(marks.every((m) => m.unbalanced)).toBe(true);
  });

  it('pairs a closing mark with the last open quotation of its kind, past open ones of the other kind', () => {
    expect(roles(`\u201cOne \u2018two \u2018three\u201d four`)).toEqual(['open0', 'open1!', 'open2!', 'close0']);
  });

  // Regression (found by check-style.property.test.ts): a quotation opening on elided words was flagged as
  // unbalanced until its "..." had been made an ellipsis character.
  it('opens a quotation on an ellipsis of full stops', () => {
    expect(roles(`He said "...and then it stopped." Then`)).toEqual(['open0', 'close0']);
    expect(roles(`"." he said`)).toEqual(['unknown!', 'close0!']);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftArticle, DraftBlock } from '../draft';
import { applySuggestions } from '../style';
import { blockText } from './block-text';
import { checkExport } from './check-export';
import type { ExportProblem } from './check-types';
import { handMadeArticle, HOSTILE, seedFixture } from './test-inputs';

const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const bare = { headline: '', standfirst: '', byline: '', dateline: '' };
const paragraph = (text: string): DraftBlock => ({ kind: 'paragraph', runs: [{ text, bold: false, italic: false, link: null }] });
const body = (...texts: string[]): DraftArticle => ({ fields: bare, blocks: texts.map(paragraph) });
const uk = { quoteStyle: 'uk' as const };
const problems = (article: DraftArticle) => checkExport(article, uk).problems;
/** The fixes applied the way the style panel applies its suggestions. */
const applyFixes = (text: string, found: ExportProblem[]) => applySuggestions(text, found.map((p) => ({ rule: 'dashes', message: p.message, start: p.start, end: p.end, replacement: p.fix })));
const kinds = (article: DraftArticle) => problems(article).map((p) => [p.kind, p.block, p.start, p.end, p.fix]);

describe('checkExport', () => {
  it('finds zero-width, control and tab characters and soft hyphens, with their removal as the fix', () => {
    expect(kinds(body('Zero\u200Bwidth and\uFEFF bom', 'Bell\u0007 and\ttab', 'Co\u00ADoperation'))).toEqual([
      ['invisible-character', 0, 4, 5, ''],
      ['invisible-character', 0, 14, 15, ''],
      ['control-character', 1, 4, 5, ''],
      ['control-character', 1, 9, 10, ' '],
      ['soft-hyphen', 2, 2, 3, ''],
    ]);
  });

  it('finds every stray character of hostile text, and its fixes leave only what the editor must decide', () => {
    const article = handMadeArticle(HOSTILE);
    const found = problems(article);
    const heading = found.filter((p) => p.block === 1 && p.kind !== 'house-style').map((p) => [p.kind, article.blocks[1]!.runs[0]!.text.slice(p.start, p.end)]);
    expect(heading).toEqual([
      ['control-character', '\u0001\u0007 '],
      ['control-character', '\uD800 '],
    ]);
    const fixed: DraftArticle = {
      fields: article.fields,
      blocks: article.blocks.map((block, k) => paragraph(applyFixes(blockText(block), found.filter((p) => p.block === k)))),
    };
    expect(problems(fixed).filter((p) => p.block !== null && p.fix !== null)).toEqual([]);
  });

  it('keeps the joiners inside emoji sequences and joining scripts', () => {
    expect(problems(body('Coder 🧑\u200D💻 at work.', 'می\u200Cخواهم'))).toEqual([]);
    expect(kinds(body('Latin\u200Djoin.'))).toEqual([['invisible-character', 0, 5, 6, '']]);
  });

  it('flags non-breaking spaces except before units, inside numbers, after titles and in French punctuation', () => {
    const kept = body('It is 10\u00A0km long, 5\u00A0% more, 1\u00A0000 people.', 'Mr\u00A0Smith and Dr.\u00A0Jones came.', '« Oui\u00A0», dit-il\u00A0?');
    expect(problems(kept)).toEqual([]);
    expect(kinds(body('The\u00A0council met 12\u00A0members.'))).toEqual([
      ['non-breaking-space', 0, 3, 4, ' '],
      ['non-breaking-space', 0, 18, 19, ' '],
    ]);
  });

  it('finds empty paragraphs, unbalanced quotes and doubled spaces', () => {
    const article: DraftArticle = { fields: bare, blocks: [paragraph('\u200B'), { kind: 'bullet', runs: [] }, paragraph('He said ‘yes.'), paragraph('Two  spaces.')] };
    expect(problems(article).map((p) => [p.kind, p.block, p.fix])).toEqual([
      ['empty-paragraph', 0, ''],
      ['empty-paragraph', 1, ''],
      ['unbalanced-quotes', 2, null],
      ['doubled-spaces', 3, ' '],
    ]);
  });

  it('flags leftover page chrome and leaves copy, sub-heads and list items alone', () => {
    const chrome = body('Advertisement', 'Read more: Council backs bridge plan', 'Sign up to our newsletter for the latest news.', '© 2026 Example Media. All rights reserved.', 'Home | News | Sport | Weather');
    expect(problems(chrome).map((p) => [p.kind, p.block, p.start, p.end, p.fix])).toEqual([0, 1, 2, 3, 4].map((k) => ['page-chrome', k, 0, chrome.blocks[k]!.runs[0]!.text.length, null]));
    const copy: DraftArticle = {
      fields: bare,
      blocks: [{ kind: 'heading', runs: [paragraph('What happens next').runs[0]!] }, { kind: 'number', runs: [paragraph('1. First item').runs[0]!] }, paragraph('The council said the advertisement campaign would run until May.')],
    };
    expect(problems(copy)).toEqual([]);
  });

  it('lists house-style suggestions with their fixes, in fields and blocks, at offsets within each', () => {
    const article: DraftArticle = { fields: { ...bare, headline: 'It\'s done', byline: 'By Jo' }, blocks: [paragraph('Costs rose 1990-1995 ... says Mr. Smith.')] };
    const found = problems(article);
    expect(found.every((p) => p.kind === 'house-style')).toBe(true);
    expect(found.filter((p) => p.field === 'headline').map((p) => p.fix)).toEqual(['’']);
    const fixed = applyFixes(blockText(article.blocks[0]!), found.filter((p) => p.block === 0));
    expect(fixed).toBe('Costs rose 1990–1995 … says Mr Smith.');
  });

  it('reads the sample merge as clean apart from its straight quotes, which UK house style curls', () => {
    const found = problems(seed.input().article);
    expect(found.filter((p) => p.kind !== 'house-style')).toEqual([]);
    expect(new Set(found.map((p) => p.fix))).toEqual(new Set(['‘', '’']));
  });

  it('stops at its size budget and says so', () => {
    const article = body('First  paragraph.', 'Second  one.');
    // The four empty fields and the first block (each with its joining "\n") fit in 25 characters; the second does not.
    expect(checkExport(article, uk, 25)).toMatchObject({ problems: [{ kind: 'doubled-spaces', block: 0 }], complete: false });
    expect(checkExport(article, uk)).toMatchObject({ problems: [{ block: 0 }, { kind: 'doubled-spaces', block: 1 }], complete: true });
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ExportCheckReport as ContractReport } from '../../api/contract';
import type { DraftArticle, DraftBlock } from '../draft';
import { checkExport } from './check-export';
import { checkReport } from './check-report';
import type { ExportCheckReport } from './check-types';

const paragraph = (text: string): DraftBlock => ({ kind: 'paragraph', runs: [{ text, bold: false, italic: false, link: null }] });
const article = (headline: string, ...texts: string[]): DraftArticle => ({ fields: { headline, standfirst: '', byline: 'By Jo\u200BSmith', dateline: '' }, blocks: texts.map(paragraph) });
const report = (a: DraftArticle) => checkReport(a, checkExport(a, { quoteStyle: 'uk' }));

describe('checkReport', () => {
  it('has the contract shape', () => {
    expectTypeOf<ExportCheckReport>().toExtend<ContractReport>();
  });

  it('names where each problem is, as the editor does, with an excerpt showing invisible characters', () => {
    const { problems, complete } = report(article('Storm  closes road', 'First paragraph is fine.', 'Second has a soft\u00ADhyphen.'));
    expect(complete).toBe(true);
    expect(problems.map((p) => [p.where, p.kind, p.excerpt, p.fixable])).toEqual([
      ['Headline', 'doubled-spaces', 'Storm closes road', true],
      ['Byline', 'invisible-character', 'By Jo⟨U+200B⟩Smith', true],
      ['Paragraph 2', 'soft-hyphen', 'Second has a soft⟨U+00AD⟩hyphen.', true],
    ]);
  });

  it('cuts the excerpt to the text around the problem', () => {
    const long = `${'a'.repeat(100)} x\u200By ${'b'.repeat(100)}`;
    const [issue] = report(article('Head', long)).problems.filter((p) => p.where === 'Paragraph 1');
    expect(issue!.excerpt).toBe(`…${'a'.repeat(22)} x⟨U+200B⟩y ${'b'.repeat(22)}…`);
    expect(issue!.excerpt.length).toBeLessThanOrEqual(70);
  });

  it('never cuts an excerpt inside a character', () => {
    // An emoji (two UTF-16 units) right where the excerpt starts.
    const text = `${'a'.repeat(9)}🧑${'b'.repeat(21)} x\u200By`;
    const [issue] = report(article('Head', text)).problems.filter((p) => p.where === 'Paragraph 1');
    expect(issue!.excerpt).toBe(`…${'b'.repeat(21)} x⟨U+200B⟩y`);
    expect(issue!.excerpt).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('keeps ids while the problem stays, whatever is edited around it; two alike in one place differ', () => {
    const before = report(article('Head', 'One\u200B two\u200B.', 'Other'));
    const after = report(article('Head', 'Now longer: One\u200B two\u200B.', 'Other edited'));
    const ids = (r: ExportCheckReport) => r.problems.filter((p) => p.where === 'Paragraph 1').map((p) => p.id);
    expect(ids(before)).toHaveLength(2);
    expect(new Set(ids(before)).size).toBe(2);
    expect(ids(after)).toEqual(ids(before));
    // The same problem in another place is another problem.
    const moved = report(article('Head', 'Other', 'One\u200B two\u200B.'));
    expect(ids(moved)).not.toEqual(ids(before));
    expect(new Set(report(article('Head', 'x\u200By')).problems.map((p) => p.id)).size).toBe(2);
  });

  it('says when the check was cut short by its budget', () => {
    const a = article('Head', 'x'.repeat(50));
    expect(checkReport(a, checkExport(a, { quoteStyle: 'uk' }, 20)).complete).toBe(false);
  });
});

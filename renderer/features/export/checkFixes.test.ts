import { describe, expect, it } from 'vitest';
import type { ExportCheckReport, ExportIssue } from '../../../shared/api/contract';
import { fixableIds, fixButtonLabel, fixOutcome } from './checkFixes';

const issue = (id: string, fixable: boolean): ExportIssue => ({ id, kind: 'house-style', message: 'Apostrophe', where: 'Paragraph 1', excerpt: '…', fixable });
const report = (...issues: ExportIssue[]): ExportCheckReport => ({ problems: issues, complete: true });

describe('export check fixes', () => {
  it('offers to fix only what has a fix and is not waived', () => {
    const found = report(issue('a', true), issue('b', false), issue('c', true), issue('d', true));
    expect(fixableIds(found, new Set(['c']))).toEqual(['a', 'd']);
    expect(fixableIds(null, new Set())).toEqual([]);
    expect([fixButtonLabel(1), fixButtonLabel(45)]).toEqual(['Fix 1 problem', 'Fix 45 problems']);
  });

  it('says what was fixed and what is left for the editor once re-checked', () => {
    expect(fixOutcome(45, null, new Set())).toBe('Fixed 45 · checking again…');
    expect(fixOutcome(45, report(issue('x', false), issue('y', false)), new Set())).toBe('Fixed 45 · 2 need you');
    expect(fixOutcome(3, report(issue('x', false), issue('y', false)), new Set(['y']))).toBe('Fixed 3 · 1 needs you');
    expect(fixOutcome(1, report(), new Set())).toBe('Fixed 1 · nothing left to do');
  });
});

import { describe, expect, it } from 'vitest';
import type { ExportCheckReport, ExportIssue } from '../../../shared/api/contract';
import { exportBlockedReason, unwaivedProblems, waiversStillMeant } from './checkWaivers';

const issue = (id: string): ExportIssue => ({ id, kind: 'soft-hyphen', message: 'A soft hyphen', where: 'Paragraph 1', excerpt: '…', fixable: true });
const report = (...ids: string[]): ExportCheckReport => ({ problems: ids.map(issue), complete: true });

describe('export check waivers', () => {
  it('lists only the problems not waived', () => {
    expect(unwaivedProblems(report('a', 'b', 'c'), new Set(['b'])).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('drops waivers whose problem is gone after a re-check', () => {
    expect([...waiversStillMeant(report('a', 'c'), new Set(['a', 'b']))]).toEqual(['a']);
  });

  it('says why Export is disabled, and nothing once every problem is waived', () => {
    expect(exportBlockedReason(null, new Set())).toMatch(/not finished/);
    expect(exportBlockedReason(report('a', 'b'), new Set(['a']))).toMatch(/^1 problem is/);
    expect(exportBlockedReason(report('a', 'b'), new Set())).toMatch(/^2 problems are/);
    expect(exportBlockedReason(report('a', 'b'), new Set(['a', 'b']))).toBeNull();
    expect(exportBlockedReason(report(), new Set())).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/contract';
import type { CopySummary } from '../../../shared/domain/model';
import { describeImport, emptyReport, failureSummary, mergeReports } from './importReport';

const copy = (id: string) => ({ id }) as CopySummary;
const report = (patch: Partial<ImportReport>): ImportReport => ({ ...emptyReport(), ...patch });
const dup = { source: 'a.txt', existingId: 'c9', headline: 'Old news' };
const bad = (source: string) => ({ source, message: `${source} is not text.` });

describe('mergeReports', () => {
  it('keeps every entry in call order and remembers a cancel', () => {
    const merged = mergeReports(report({ imported: [copy('c1')], failed: [bad('x.txt')] }), report({ imported: [copy('c2')], duplicates: [dup], cancelled: true }));
    expect(merged.imported.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged.duplicates).toEqual([dup]);
    expect(merged.failed).toEqual([bad('x.txt')]);
    expect(merged.cancelled).toBe(true);
    expect(mergeReports(report({ skipped: 2 }), report({ skipped: 3 })).skipped).toBe(5);
  });
});

describe('describeImport', () => {
  it('counts imported copies and duplicates in plain words', () => {
    expect(describeImport(report({ imported: [copy('a')] }))).toBe('Imported 1 copy.');
    expect(describeImport(report({ imported: [copy('a'), copy('b')], duplicates: [dup] }))).toBe('Imported 2 copies. 1 copy was already in the library.');
    expect(describeImport(report({ duplicates: [dup, dup] }))).toBe('2 copies were already in the library.');
  });

  it('notes a cancel and the case where nothing came in', () => {
    expect(describeImport(report({ imported: [copy('a')], cancelled: true }))).toBe('Imported 1 copy. Import cancelled: the files not yet sent were left out.');
    expect(describeImport(report({ failed: [bad('x.txt')] }))).toBe('Nothing was imported.');
    expect(describeImport(report({ imported: [copy('a')], skipped: 1 }))).toBe('Imported 1 copy. 1 file was skipped (hidden, or not a kind Copydesk reads).');
    expect(describeImport(report({}))).toBe('No copy was found to import.');
  });
});

describe('failureSummary', () => {
  it('names how many files failed, or nothing', () => {
    expect(failureSummary(report({}))).toBeNull();
    expect(failureSummary(report({ failed: [bad('x.txt')] }))).toBe('1 file could not be imported');
    expect(failureSummary(report({ failed: [bad('x.txt'), bad('y.txt'), bad('z.txt')] }))).toBe('3 files could not be imported');
  });
});

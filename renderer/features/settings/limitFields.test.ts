import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIMITS } from '../../../shared/domain/model';
import { defaultLimitTexts, LIMIT_FIELDS, limitTexts, readLimitTexts } from './limitFields';

const field = (name: string) => LIMIT_FIELDS.find((f) => f.name === name)!;

describe('limit fields', () => {
  it('has one field for each limit of the settings', () => {
    expect(LIMIT_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(LIMITS).sort());
  });

  it('shows the defaults in human units and reads them back unchanged', () => {
    expect(defaultLimitTexts()).toEqual({ maxImportBytes: '50', diffBudgetMs: '250', revisionsKept: '50' });
    expect(readLimitTexts(defaultLimitTexts())).toEqual({
      ok: true,
      limits: { maxImportBytes: DEFAULT_SETTINGS.maxImportBytes, diffBudgetMs: DEFAULT_SETTINGS.diffBudgetMs, revisionsKept: DEFAULT_SETTINGS.revisionsKept },
    });
  });

  it('reads sizes in MB, decimals included, and shows an odd stored size without losing it', () => {
    const read = readLimitTexts({ maxImportBytes: '1', diffBudgetMs: '1500', revisionsKept: '5' });
    expect(read).toEqual({ ok: true, limits: { maxImportBytes: 1024 * 1024, diffBudgetMs: 1500, revisionsKept: 5 } });
    expect(field('maxImportBytes').read('0.5')).toBe(512 * 1024);
    expect(limitTexts({ maxImportBytes: 4096, diffBudgetMs: 50, revisionsKept: 500 })).toEqual({ maxImportBytes: '0.004', diffBudgetMs: '50', revisionsKept: '500' });
  });

  it('names the field and its range for each value it cannot take', () => {
    const read = readLimitTexts({ maxImportBytes: '4096', diffBudgetMs: '12.5', revisionsKept: '' });
    expect(read).toEqual({
      ok: false,
      problems: {
        maxImportBytes: 'Maximum import size must be from 1.0 KB to 2.0 GB.',
        diffBudgetMs: 'Diff time budget must be a whole number from 50 ms to 10000 ms.',
        revisionsKept: 'Revisions kept must be a whole number from 5 to 500.',
      },
    });
    for (const text of ['4', '501', '-5', 'ten', '1e2']) expect(readLimitTexts({ ...defaultLimitTexts(), revisionsKept: text }).ok, text).toBe(false);
    expect(readLimitTexts({ ...defaultLimitTexts(), maxImportBytes: '0.0001' }).ok).toBe(false);
  });
});

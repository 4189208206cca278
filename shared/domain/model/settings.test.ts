import { describe, expect, it } from 'vitest';
import { contract } from '../../api/contract';
import { DEFAULT_COMPARE_OPTIONS } from '../diff/options';
import { DEFAULT_SETTINGS, LIMITS, Settings, limitProblem, type LimitName } from './settings';

const NAMES = Object.keys(LIMITS) as LimitName[];

describe('Settings', () => {
  it('opens settings saved before the limits existed with their defaults', () => {
    const old = { theme: 'dark', maxImportBytes: 4096 };
    expect(Settings.parse(old)).toEqual({ theme: 'dark', maxImportBytes: 4096, quoteStyle: 'uk', diffBudgetMs: 250, revisionsKept: 50 });
  });

  it('defaults to the compare budget the diff has always used and to 50 revisions', () => {
    expect(DEFAULT_SETTINGS.diffBudgetMs).toBe(DEFAULT_COMPARE_OPTIONS.timeoutMs);
    expect(DEFAULT_SETTINGS.revisionsKept).toBe(50);
    expect(DEFAULT_SETTINGS.maxImportBytes).toBe(50 * 1024 * 1024);
    expect(Settings.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it.each(NAMES)('keeps the default of %s inside its range', (name) => {
    const { min, max, default: fallback } = LIMITS[name];
    expect(fallback).toBeGreaterThanOrEqual(min);
    expect(fallback).toBeLessThanOrEqual(max);
  });

  it.each(NAMES)('refuses %s below, above and between whole numbers, naming the setting and its range', (name) => {
    const { min, max } = LIMITS[name];
    for (const bad of [min - 1, max + 1, min + 0.5, Number.NaN, '100']) {
      const result = Settings.safeParse({ ...DEFAULT_SETTINGS, [name]: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(limitProblem(name));
    }
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, [name]: min }).success).toBe(true);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, [name]: max }).success).toBe(true);
  });

  it('states ranges in the units people read', () => {
    expect(limitProblem('maxImportBytes')).toBe('Maximum import size (maxImportBytes) must be a whole number from 1.0 KB to 2.0 GB');
    expect(limitProblem('diffBudgetMs')).toBe('Diff time budget (diffBudgetMs) must be a whole number from 50 ms to 10000 ms');
    expect(limitProblem('revisionsKept')).toBe('Revisions kept (revisionsKept) must be a whole number from 5 to 500');
  });
});

describe('settings.update input', () => {
  const input = contract['settings.update'].input;

  it('leaves out what was not given, so a patch never resets another setting to its default', () => {
    expect(input.parse({ revisionsKept: 7 })).toEqual({ revisionsKept: 7 });
    expect(input.parse({})).toEqual({});
  });

  it('refuses an out-of-range limit with the setting named', () => {
    const result = input.safeParse({ diffBudgetMs: 20 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['diffBudgetMs'], message: limitProblem('diffBudgetMs') });
  });

  it('refuses an unknown setting', () => {
    expect(input.safeParse({ revisionKept: 7 }).success).toBe(false);
  });
});

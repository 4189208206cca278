import { z } from 'zod';
import { DEFAULT_COMPARE_OPTIONS } from '../diff/options';
import { formatBytes } from '../import-limit';

export const Theme = z.enum(['system', 'light', 'dark']);

/** Typographic quotes: UK ‘single first’, US “double first”; also decides "Mr" vs "Mr." in house style. */
export const QuoteStyle = z.enum(['uk', 'us']);
export type QuoteStyle = z.infer<typeof QuoteStyle>;

/** A limit the editor may change: its allowed range and default, in the unit it is stored in. */
export interface LimitRange {
  min: number;
  max: number;
  default: number;
}

/**
 * The limits as settings, in one table so the schema, the Preferences dialog and the CLI state the same
 * ranges. The minimum import size stays 1 KB because stores written before this table may hold that value,
 * and a stored setting outside its schema would set the whole meta file aside.
 */
export const LIMITS = {
  maxImportBytes: { min: 1024, max: 2 ** 31, default: 50 * 1024 * 1024 },
  // Under 50 ms a long story's word highlights give up on ordinary edits; over 10 s the window feels hung.
  diffBudgetMs: { min: 50, max: 10_000, default: DEFAULT_COMPARE_OPTIONS.timeoutMs },
  // Five keeps the last few checkpoints; 500 long revisions already make a draft's folder tens of MB.
  revisionsKept: { min: 5, max: 500, default: 50 },
} as const satisfies Record<string, LimitRange>;
export type LimitName = keyof typeof LIMITS;

/** Each limit's name for people, and its values in the unit people read (shared by messages, the dialog and the CLI). */
export const LIMIT_LABELS: Record<LimitName, { label: string; format: (value: number) => string }> = {
  maxImportBytes: { label: 'Maximum import size', format: formatBytes },
  diffBudgetMs: { label: 'Diff time budget', format: (ms) => `${ms} ms` },
  revisionsKept: { label: 'Revisions kept', format: String },
};

/** A limit's allowed range in its own units: "1.0 KB to 2.0 GB", "5 to 500". */
export function limitRange(name: LimitName): string {
  const { format } = LIMIT_LABELS[name];
  return `${format(LIMITS[name].min)} to ${format(LIMITS[name].max)}`;
}

/** What is wrong with a value outside a limit's range, naming the setting and the range. */
export const limitProblem = (name: LimitName): string => `${LIMIT_LABELS[name].label} (${name}) must be a whole number from ${limitRange(name)}`;

/** One limit's schema, without a default: the update input must tell "not given" from "give me the default". */
const limit = (name: LimitName) => {
  const error = limitProblem(name);
  return z.number({ error }).int({ error }).min(LIMITS[name].min, { error }).max(LIMITS[name].max, { error });
};
export const MaxImportBytes = limit('maxImportBytes');
export const DiffBudgetMs = limit('diffBudgetMs');
export const RevisionsKept = limit('revisionsKept');

export const Settings = z.object({
  theme: Theme,
  /** Largest file an import accepts; bigger files are refused with this limit named. */
  maxImportBytes: MaxImportBytes,
  /** Defaulted so a store saved before the setting existed opens with UK style. */
  quoteStyle: QuoteStyle.default('uk'),
  /** Wall-clock budget of each diff the compare (and the CLI's diff and merge) runs; past it the answer is marked approximate. */
  diffBudgetMs: DiffBudgetMs.default(LIMITS.diffBudgetMs.default),
  /** Revisions kept per draft; lowering it drops the oldest on each draft's next save. */
  revisionsKept: RevisionsKept.default(LIMITS.revisionsKept.default),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  maxImportBytes: LIMITS.maxImportBytes.default,
  quoteStyle: 'uk',
  diffBudgetMs: LIMITS.diffBudgetMs.default,
  revisionsKept: LIMITS.revisionsKept.default,
};

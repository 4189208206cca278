import { DEFAULT_SETTINGS, LIMIT_LABELS, LIMITS, limitRange, type LimitName, type Settings } from '../../../shared/domain/model';

const MB = 1024 * 1024;

/** One limit as the Preferences dialog shows it: in the unit people think in, with what it protects. */
export interface LimitField {
  name: LimitName;
  label: string;
  /** Shown after the box. */
  unit: string;
  /** One line: what the limit protects, so the reader knows what raising or lowering it costs. */
  explanation: string;
  /** The allowed range in the field's unit, for the hint and the problem message. */
  range: string;
  /** The input's step: sizes take decimals ("0.5" MB), the others whole numbers. */
  step: string;
  /** Stored value → the field's text. */
  show: (value: number) => string;
  /** The field's text → the stored value; NaN when it is not a number. */
  read: (text: string) => number;
}

const wholeNumber = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
// Up to three decimals of a MB is a kilobyte: finer than that means nothing for an import limit.
const megabytes = (text: string): number => (/^\d+(\.\d+)?$/.test(text.trim()) ? Math.round(Number(text.trim()) * MB) : Number.NaN);
const showMegabytes = (bytes: number): string => String(Number((bytes / MB).toFixed(3)));

export const LIMIT_FIELDS: readonly LimitField[] = [
  {
    name: 'maxImportBytes',
    label: LIMIT_LABELS.maxImportBytes.label,
    unit: 'MB',
    explanation: 'Larger files are refused before they are read, so one huge or hostile file cannot stall Copydesk or exhaust its memory.',
    range: limitRange('maxImportBytes'),
    step: 'any',
    show: showMegabytes,
    read: megabytes,
  },
  {
    name: 'diffBudgetMs',
    label: LIMIT_LABELS.diffBudgetMs.label,
    unit: 'ms',
    explanation: 'The longest each comparison may run; past it Compare shows a coarser answer marked approximate instead of freezing on very long or very different versions.',
    range: limitRange('diffBudgetMs'),
    step: '1',
    show: String,
    read: wholeNumber,
  },
  {
    name: 'revisionsKept',
    label: LIMIT_LABELS.revisionsKept.label,
    unit: 'per draft',
    explanation: 'Saved versions of each draft you can go back to; when lowered, the oldest go on the draft’s next save, which keeps the store from growing without end.',
    range: limitRange('revisionsKept'),
    step: '1',
    show: String,
    read: wholeNumber,
  },
];

export type LimitTexts = Record<LimitName, string>;
export type Limits = Pick<Settings, LimitName>;

/** The fields' texts for stored (or default) settings. */
export const limitTexts = (settings: Limits): LimitTexts =>
  Object.fromEntries(LIMIT_FIELDS.map((field) => [field.name, field.show(settings[field.name])])) as LimitTexts;

export const defaultLimitTexts = (): LimitTexts => limitTexts(DEFAULT_SETTINGS);

/** What is wrong with one field's text, in the field's own unit; null when it holds an allowed value. */
export function limitFieldProblem(field: LimitField, text: string): string | null {
  const value = field.read(text);
  const { min, max } = LIMITS[field.name];
  if (Number.isNaN(value) || value < min || value > max) return `${field.label} must be ${field.step === '1' ? 'a whole number ' : ''}from ${field.range}.`;
  return null;
}

/** The limits the fields ask for, or each field's problem (the services check again: the dialog only helps). */
export function readLimitTexts(texts: LimitTexts): { ok: true; limits: Limits } | { ok: false; problems: Partial<Record<LimitName, string>> } {
  const problems: Partial<Record<LimitName, string>> = {};
  for (const field of LIMIT_FIELDS) {
    const problem = limitFieldProblem(field, texts[field.name]);
    if (problem) problems[field.name] = problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const limits = Object.fromEntries(LIMIT_FIELDS.map((field) => [field.name, field.read(texts[field.name])])) as Limits;
  return { ok: true, limits };
}

import { foldTypography } from '../text';

/** What a comparison ignores, how alike two sentences must be to count as one reworded, and its budget. */
export interface CompareOptions {
  /** Ignore all whitespace, like `git diff -w` ("10 %" = "10%"). Line breaks inside a paragraph never count. */
  ignoreWhitespace: boolean;
  /** Treat typographic and straight quotes and dashes (‘ ’ ' “ ” " – — -) and compatibility forms (… ...) as equal. */
  ignoreTypography: boolean;
  /** Off by default: a corrected capital is a correction a desk wants to see. */
  ignoreCase: boolean;
  /** Word overlap (Dice, 0..1) from which a removed and an added sentence are paired as one reworded sentence. */
  similarSentence: number;
  /** Word-triple overlap (0..1) below which two texts are declared not versions of one story. */
  minRelated: number;
  /** Largest edit, in sentences, the sentence diff explores before giving a coarse (approximate) answer. */
  maxSentenceEdits: number;
  /** Largest edit, in words, a word-level highlight explores before marking the whole run as changed. */
  maxWordEdits: number;
  /** Sentences per version taken into account; the rest is left out and the answer marked approximate. */
  maxSentences: number;
  /**
   * Wall-clock safety net (ms) for each underlying diff, on top of the edit budgets above. The edit budgets
   * are what normally stops work, and they are deterministic; this only guards against a pathological input.
   */
  timeoutMs: number;
}

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = {
  ignoreWhitespace: true,
  ignoreTypography: true,
  ignoreCase: false,
  similarSentence: 0.5,
  minRelated: 0.2,
  maxSentenceEdits: 2_000,
  maxWordEdits: 1_500,
  maxSentences: 5_000,
  timeoutMs: 250,
};

/** Fills in defaults and rejects nonsense early (a threshold outside 0..1 would silently change every answer). */
export function compareOptions(partial: Partial<CompareOptions> = {}): CompareOptions {
  const options = { ...DEFAULT_COMPARE_OPTIONS, ...partial };
  for (const name of ['similarSentence', 'minRelated'] as const) {
    const value = options[name];
    if (!(value >= 0 && value <= 1)) throw new RangeError(`compare option ${name} must be between 0 and 1, got ${value}`);
  }
  for (const name of ['maxSentenceEdits', 'maxWordEdits', 'maxSentences', 'timeoutMs'] as const) {
    const value = options[name];
    if (!(Number.isInteger(value) && value > 0)) throw new RangeError(`compare option ${name} must be a positive whole number, got ${value}`);
  }
  return options;
}

/** The form in which two pieces of text (sentences or words) are compared under the options. */
export function compareKey(text: string, options: CompareOptions): string {
  let key = options.ignoreTypography ? foldTypography(text) : text.replace(/\s+/g, ' ').trim();
  if (options.ignoreWhitespace) key = key.replace(/\s+/g, '');
  return options.ignoreCase ? key.toLowerCase() : key;
}

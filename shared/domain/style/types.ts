import type { QuoteStyle } from '../model/settings';

/** Every house-style rule, in the order the panel lists them and overlaps are settled (earlier wins). */
export const STYLE_RULE_IDS = [
  'unbalanced-quotes',
  'typographic-quotes',
  'apostrophes',
  'number-ranges',
  'dashes',
  'ellipses',
  'space-before-punctuation',
  'double-spaces',
  'title-stops',
] as const;
export type StyleRuleId = (typeof STYLE_RULE_IDS)[number];

export interface StyleSuggestion {
  rule: StyleRuleId;
  /** One line a sub-editor understands, naming the house-style point. */
  message: string;
  /** Offsets into the checked text, in UTF-16 code units (what String.slice and Lexical use); end exclusive. */
  start: number;
  end: number;
  /**
   * The text to put in place of start..end, or null meaning "look at this": the rule can tell something is
   * wrong (an unbalanced quote) but not what the writer meant, so there is nothing to apply.
   */
  replacement: string | null;
}

export interface StyleOptions {
  quoteStyle: QuoteStyle;
}

/** What checkStyle says about one text: its suggestions and whether it looked at all of it. */
export interface StyleCheck {
  suggestions: StyleSuggestion[];
  /** How many characters from the start were checked (the size budget). */
  checkedChars: number;
  /** False when the text was longer than the budget or the suggestions hit their cap: the list is partial. */
  complete: boolean;
}

/** One rule: pure, looks only at `text` (one or more paragraphs separated by "\n"). */
export type StyleRule = (text: string, options: StyleOptions) => StyleSuggestion[];

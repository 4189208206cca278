import type { StyleRule, StyleRuleId } from '../types';
import { apostrophes } from './apostrophes';
import { dashes } from './dashes';
import { doubleSpaces } from './double-spaces';
import { ellipses } from './ellipses';
import { numberRanges } from './number-ranges';
import { spaceBeforePunctuation } from './space-before-punctuation';
import { titleStops } from './title-stops';
import { typographicQuotes } from './typographic-quotes';
import { unbalancedQuotes } from './unbalanced-quotes';

/** Each rule by id; STYLE_RULE_IDS gives their order. */
export const STYLE_RULES: Record<StyleRuleId, StyleRule> = {
  'unbalanced-quotes': unbalancedQuotes,
  'typographic-quotes': typographicQuotes,
  apostrophes,
  'number-ranges': numberRanges,
  dashes,
  ellipses,
  'space-before-punctuation': spaceBeforePunctuation,
  'double-spaces': doubleSpaces,
  'title-stops': titleStops,
};

/** Group headings for the panel. */
export const STYLE_RULE_LABELS: Record<StyleRuleId, string> = {
  'unbalanced-quotes': 'Unbalanced quotes',
  'typographic-quotes': 'Quotation marks',
  apostrophes: 'Apostrophes',
  'number-ranges': 'Number ranges',
  dashes: 'Dashes',
  ellipses: 'Ellipses',
  'space-before-punctuation': 'Space before punctuation',
  'double-spaces': 'Double spaces',
  'title-stops': 'Mr, Dr, St',
};

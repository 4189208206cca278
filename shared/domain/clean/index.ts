/**
 * Page-chrome detection by general signals (shape, repetition, voice, metadata shape), one rule a file.
 * - classifyLines(text): every line with its features, metadata (outlet / time / byline) and chrome reason.
 * - CHROME_RULES: the line rules, most specific first; isCallToActionRun for promo blocks punctuated like copy.
 * - parseMetaLine: reads an outlet / time / byline line on its own.
 * Nothing is thrown away here: callers decide what to keep and record the rest as removed.
 */
export * from './line-info';
export * from './classify';
export { isCallToActionRun } from './rules/call-to-action';
export { parseMetaLine } from './rules/metadata-line';

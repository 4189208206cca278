/**
 * Text primitives shared by every analysis step.
 * - normalizeText / linesOf: settle line endings, odd spaces and invisible characters.
 * - unwrapLines: join lines of hard-wrapped copy (wire, e-mail) into logical lines.
 * - foldTypography / foldForCompare / wordsOf: compare texts regardless of quote, dash and space style.
 * - splitSentences: news-aware sentence splitting (quotes, abbreviations, initials, decimals).
 * - wordShingles: hashed k-word windows for near-duplicate detection (with a word budget).
 * - timeAtEnd / resolvePublished: printed publication times and their absolute value.
 * - line shape measures (isProseLine, isNameShaped, lowerCaseShare, ...) used by cleaning and splitting.
 * - fnv1a32 / mix32 / hash64Hex: deterministic hashes.
 * - escapeMarkdown / escapeMarkdownInline: text that Markdown reads back as written (the Markdown export).
 */
export * from './normalize';
export * from './unwrap';
export * from './fold';
export * from './sentences';
export * from './shingles';
export * from './time-phrase';
export * from './line-shape';
export * from './hash';
export * from './markdown-escape';

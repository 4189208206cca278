/**
 * Pairwise comparison of two versions of one story, for the Compare tab's side-by-side and inline views,
 * the CLI `diff` command and the N-version alignment (domain/align). Pure, deterministic and budgeted.
 *
 * API
 * - diffVersions(oldParagraphs, newParagraphs, options?) → VersionDiff:
 *     { related: false, similarity, verdict }  when the texts are not versions of one story (decided in linear
 *       time from shared word triples, before any alignment), or
 *     { related: true, similarity, changes, counts, oldSentences, newSentences, approximate }.
 *   `changes` are in the new version's reading order; each is { kind: 'insert'|'delete'|'replace'|'move',
 *   old: [sentence], new: [sentence], oldAt, newAt, words? }. oldAt/newAt are [start, end) ranges into
 *   oldSentences/newSentences (each sentence with its paragraph index), so a UI draws aligned rows from them:
 *   sentences outside every range are common and pair up in order. `words` (for a replace, and a reworded
 *   move) are runs { value, added?, removed? }: common + removed runs read as the old text, common + added
 *   as the new.
 *   `counts` = { insertions, deletions, replacements, moves }, one per change.
 * - sideBySideRows(relatedDiff) → rows { kind: 'same'|'insert'|'delete'|'replace'|'move-out'|'move-in', change
 *   (index into changes, for the change list and F7 / Shift+F7), old: [sentence index], new: [sentence index] }:
 *   both columns in reading order, a move shown where it left and where it arrived.
 * - prepareVersion(paragraphs, options) + diffPrepared(from, to, options): the same, reading each version once
 *   when one version takes part in several comparisons (the alignment's steps).
 * - applyChanges(oldSentenceTexts, changes) → the new version's sentences (the invariant the tests hold).
 * - compareOptions(partial) / DEFAULT_COMPARE_OPTIONS / compareKey: what is ignored (whitespace and line
 *   breaks, quote and dash style: on; letter case: off), the similar-sentence threshold, and the budgets.
 * - sentenceUnits(paragraphs, options): a version's sentences with comparison keys and paragraph membership.
 * - diffWords(old, new, options): word-level highlight of two runs of text.
 * - wordBag + bagSimilarity: word overlap (Dice) used to pair reworded sentences;
 *   pairSimilar(lefts, rights, threshold, allowed?): budgeted best-match pairing of sentences on it.
 *
 * What is never a change: paragraph breaks (comparison is by sentence; paragraphs are metadata), spacing and
 * line breaks, typographic versus straight quotes and dashes (each switchable).
 */
export * from './types';
export * from './options';
export * from './sentence-units';
export { diffVersions, diffPrepared, countChanges } from './diff-versions';
export { prepareVersion, type PreparedVersion } from './prepared-version';
export { applyChanges } from './apply-changes';
export { diffWords, type WordDiff } from './word-diff';
export { sentenceChanges, type SentenceChanges } from './sentence-changes';
export { commonRuns, type CommonRuns, type Region } from './common-runs';
export { relatedness, wordTriples, MIN_TRIPLES_FOR_VERDICT, type Relatedness } from './relatedness';
export { wordBag, bagSimilarity, type WordBag } from './similarity';
export { pairSimilar, SIMILAR_PAIRING_BUDGET, type SimilarPairs } from './pair-similar';
export { sideBySideRows, type SideBySideRow } from './side-by-side';

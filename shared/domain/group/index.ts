/**
 * Grouping versions of one story by text similarity (MinHash over word shingles, with LSH), never by headline.
 * - createStoryGrouper(options): incremental { add(id, text) → earlier near-duplicate id | null, remove(id) },
 *   for the store across imports.
 * - groupTexts(items): batch grouping into id groups.
 * - groupArticles(articles): stories of analysed articles.
 * Deterministic: fixed hash seeds, ties broken by insertion order.
 */
export * from './story-grouper';
export * from './group-texts';
export * from './group-articles';
export { minhashSignature, estimateJaccard } from './minhash';

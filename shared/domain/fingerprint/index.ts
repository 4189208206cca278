/**
 * Content fingerprints for duplicate detection.
 * - fingerprint(paragraphs): "fp1:" + 64-bit hash of the text folded for whitespace, quote and dash style.
 */
export * from './fingerprint';

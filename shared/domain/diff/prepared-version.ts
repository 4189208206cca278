import type { Shingles } from '../text';
import type { CompareOptions } from './options';
import { wordTriples } from './relatedness';
import { sentenceUnits, type SentenceUnits } from './sentence-units';

/**
 * What comparing a version needs, computed once: its sentences and its word triples. The alignment of N
 * versions prepares each once and compares each with its predecessor, instead of re-reading both per pair.
 */
export interface PreparedVersion {
  units: SentenceUnits;
  triples: Shingles;
}

export const prepareVersion = (paragraphs: readonly string[], options: CompareOptions): PreparedVersion => ({
  units: sentenceUnits(paragraphs, options),
  triples: wordTriples(paragraphs),
});

import { splitSentences } from '../text';
import { compareKey, type CompareOptions } from './options';

/**
 * One sentence of a version, the unit every comparison works on. Paragraph membership is kept only as
 * metadata: an outlet that splits or joins paragraphs has not changed the content.
 */
export interface SentenceUnit {
  text: string;
  /** Comparison form under the options in force (see compareKey). */
  key: string;
  /** 0-based index of the paragraph holding it in its version. */
  paragraph: number;
}

export interface SentenceUnits {
  sentences: SentenceUnit[];
  /** True when the version had more than options.maxSentences sentences and only its beginning was taken. */
  approximate: boolean;
}

export function sentenceUnits(paragraphs: readonly string[], options: CompareOptions): SentenceUnits {
  const sentences: SentenceUnit[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    for (const text of splitSentences(paragraphs[p]!)) {
      if (sentences.length === options.maxSentences) return { sentences, approximate: true };
      sentences.push({ text, key: compareKey(text, options), paragraph: p });
    }
  }
  return { sentences, approximate: false };
}

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
  /** 0-based index of the paragraph where the sentence starts in its version. */
  paragraph: number;
}

export interface SentenceUnits {
  sentences: SentenceUnit[];
  /** True when the version had more than options.maxSentences sentences and only its beginning was taken. */
  approximate: boolean;
}

/**
 * The version's sentences, split over the whole text rather than paragraph by paragraph: a paragraph break
 * the splitter would not take for a sentence end ("He said:" then the quote, a paragraph with no full stop)
 * must not make the split, or joined, copy of another outlet segment differently and look changed.
 */
export function sentenceUnits(paragraphs: readonly string[], options: CompareOptions): SentenceUnits {
  const flat = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim());
  // Offsets in the joined text where each non-empty paragraph starts, to give each sentence its paragraph.
  const starts: { at: number; paragraph: number }[] = [];
  let length = 0;
  flat.forEach((p, paragraph) => {
    if (!p) return;
    if (length > 0) length++;
    starts.push({ at: length, paragraph });
    length += p.length;
  });
  const sentences: SentenceUnit[] = [];
  let offset = 0;
  let current = 0;
  for (const text of splitSentences(flat.filter(Boolean).join(' '))) {
    if (sentences.length === options.maxSentences) return { sentences, approximate: true };
    while (current + 1 < starts.length && starts[current + 1]!.at <= offset) current++;
    sentences.push({ text, key: compareKey(text, options), paragraph: starts[current]!.paragraph });
    offset += text.length + 1;
  }
  return { sentences, approximate: false };
}

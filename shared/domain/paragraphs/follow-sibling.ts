import { foldForCompare, splitSentences, wordsOf } from '../text';
import { newsStyleParagraphs } from './news-style';

/**
 * Versions of one agency story share most sentences, and the version that kept its paragraph breaks knows
 * where they fall. Each sentence of the flattened copy is matched to the sibling's sentences (exactly after
 * folding, else by word overlap); a break goes wherever the sibling starts a paragraph or the match moves to
 * another paragraph. Sentences the sibling lacks (inserted or rewritten) are grouped by news-style rules.
 */

/** Word-overlap (Jaccard) above which two sentences are the same sentence lightly edited. */
const FUZZY_MATCH = 0.7;
/** Sentence pairs compared by word overlap at most: beyond it only exact matches count (approximate). */
export const FUZZY_PAIR_BUDGET = 40_000;

interface Place {
  paragraph: number;
  position: number;
}

export interface SiblingLayout {
  paragraphs: string[];
  /** Sentences placed by the sibling. */
  matched: number;
  /** True when the fuzzy-comparison budget ran out. */
  approximate: boolean;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

/** Lays out `sentences` following `sibling`'s paragraphs; null when too few sentences match to trust it. */
export function followSibling(sentences: readonly string[], sibling: readonly string[]): SiblingLayout | null {
  const places: (Place & { key: string; words: Set<string> })[] = sibling.flatMap((p, paragraph) =>
    splitSentences(p).map((s, position) => ({ paragraph, position, key: foldForCompare(s), words: new Set(wordsOf(s)) })),
  );
  const byKey = new Map<string, number[]>();
  places.forEach((p, i) => byKey.set(p.key, [...(byKey.get(p.key) ?? []), i]));
  const used = new Set<number>();
  let budget = FUZZY_PAIR_BUDGET;
  let approximate = false;
  let lastParagraph = -1;

  const placeOf = (sentence: string): Place | null => {
    const exact = (byKey.get(foldForCompare(sentence)) ?? []).filter((i) => !used.has(i));
    let found = exact.find((i) => places[i]!.paragraph >= lastParagraph) ?? exact[0];
    if (found === undefined) {
      const words = new Set(wordsOf(sentence));
      let best = FUZZY_MATCH;
      for (const [i, p] of places.entries()) {
        if (used.has(i)) continue;
        if (budget-- <= 0) {
          approximate = true;
          break;
        }
        const score = jaccard(words, p.words);
        if (score >= best) [found, best] = [i, score];
      }
    }
    if (found === undefined) return null;
    used.add(found);
    lastParagraph = places[found]!.paragraph;
    return places[found]!;
  };

  const out: string[] = [];
  let current: string[] = [];
  let previous: Place | null = null;
  let unmatched: string[] = [];
  let matched = 0;
  const flush = () => {
    if (current.length) out.push(current.join(' '));
    if (unmatched.length) out.push(...newsStyleParagraphs(unmatched));
    [current, unmatched] = [[], []];
  };
  for (const sentence of sentences) {
    const place = placeOf(sentence);
    if (!place) {
      if (current.length) flush();
      unmatched.push(sentence);
      previous = null;
      continue;
    }
    matched++;
    if (unmatched.length || !previous || place.position === 0 || place.paragraph !== previous.paragraph) flush();
    current.push(sentence);
    previous = place;
  }
  flush();
  return matched >= Math.max(2, sentences.length / 2) ? { paragraphs: out, matched, approximate } : null;
}

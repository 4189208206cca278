import DiffMatchPatch from 'diff-match-patch';
import { alignStory, type StoryVersion } from '../shared/domain/align';
import { diffVersions } from '../shared/domain/diff';
import { mix32 } from '../shared/domain/text';
import { below, median, type BenchRow, type BenchSuite } from './row';

/**
 * Compare at the sizes the issue names, on generated text (hash-seeded, so every run measures the same
 * input): aligning and diffing 10 versions of a 2,000-word story, and the quick "not one story" verdict on
 * two unrelated 8,000-word texts, with Google's diff-match-patch on the same inputs as a peer (character
 * diffs plus its semantic clean-up, its usual configuration for prose).
 */

/**
 * A deterministic stream of numbers in [0, 1): the project's own MurmurHash3 finaliser over a golden-ratio
 * counter (the splitmix construction), so streams with nearby seeds are not correlated.
 */
function stream(seed: number): () => number {
  let state = mix32(seed);
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    return mix32(state) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 've', 'dor', 'pli', 'gan', 'ru', 'fen', 'ost', 'ba', 'nel', 'cro', 'wi'];

/** Two to four syllables: enough distinct words that unrelated texts share word triples only by chance. */
function word(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
}

function sentence(random: () => number, words: number): string {
  const body = Array.from({ length: words }, () => word(random)).join(' ');
  return `${body[0]!.toUpperCase()}${body.slice(1)}.`;
}

/** Paragraphs of two to four sentences, about `total` words in all. */
function story(random: () => number, total: number): string[] {
  const paragraphs: string[] = [];
  for (let count = 0; count < total; ) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, 14 + Math.floor(random() * 12)));
    count += sentences.join(' ').split(' ').length;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** An outlet's version: trimmed, a sentence added, a word changed, a paragraph moved, another split. */
function edited(random: () => number, paragraphs: readonly string[]): string[] {
  const out = paragraphs.slice(0, paragraphs.length - Math.floor(random() * 3));
  out.splice(Math.floor(random() * out.length), 0, sentence(random, 18));
  const at = Math.floor(random() * out.length);
  out[at] = out[at]!.replace(/ \p{Ll}+ /u, ` ${word(random)} `);
  const [moved] = out.splice(Math.floor(random() * out.length), 1);
  out.splice(Math.floor(random() * out.length), 0, moved!);
  const split = Math.floor(random() * out.length);
  out.splice(split, 1, ...out[split]!.split(/(?<=\.) /));
  return out;
}

/** Median of `times` runs after one warm-up (also used by merge.bench.ts). */
export function timed(run: () => void, times: number): number {
  run(); // warm-up: JIT and regex compilation are not what is measured
  return median(
    Array.from({ length: times }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

const peer = (name: string, ms: number): BenchRow => ({ name, value: Math.round(ms * 100) / 100, unit: 'ms', target: 'peer', met: true });

/** `count` outlets' versions of one generated story of about `words` words, hourly, the first unedited (also used by merge.bench.ts). */
export function generatedVersions(count: number, words: number): StoryVersion[] {
  const random = stream(7);
  const base = story(random, words);
  return Array.from({ length: count }, (_, v) => ({
    id: `v${v}`,
    outlet: `Outlet ${v}`,
    publishedAt: new Date(Date.UTC(2026, 10, 27, v)).toISOString(),
    paragraphs: v === 0 ? base : edited(random, base),
  }));
}

export const rows: BenchSuite = async () => {
  const versions = generatedVersions(10, 2000);
  const [one, other] = [story(stream(11), 8000), story(stream(13), 8000)];
  const verdict = diffVersions(one, other);

  // alignStory also diffs each version against the one before it (its steps): align + 9 pairwise diffs.
  const story10 = timed(() => alignStory(versions), 15);
  const unrelated = timed(() => diffVersions(one, other), 7);

  const dmp = new DiffMatchPatch();
  const texts = versions.map((v) => v.paragraphs.join('\n'));
  const peerStory = timed(() => {
    for (let v = 1; v < texts.length; v++) dmp.diff_cleanupSemantic(dmp.diff_main(texts[v - 1]!, texts[v]!));
  }, 15);
  const peerUnrelated = timed(() => dmp.diff_cleanupSemantic(dmp.diff_main(one.join('\n'), other.join('\n'))), 3);

  return [
    below('compare: align 10 versions of a 2,000-word story + 9 pairwise diffs, median', story10, 'ms', 100),
    { ...below('compare: two unrelated 8,000-word texts answered "not one story", median', unrelated, 'ms', 500), met: unrelated < 500 && !verdict.related },
    peer('compare peer: diff-match-patch, the same 9 pairwise diffs, median', peerStory),
    peer('compare peer: diff-match-patch, the same two unrelated texts (its 1 s timeout), median', peerUnrelated),
  ];
};

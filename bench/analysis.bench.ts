import { analyzePage } from '../shared/domain/analyze';
import { groupTexts } from '../shared/domain/group';
import { below, median, type BenchRow, type BenchSuite } from './row';

/**
 * Page analysis and story grouping at realistic sizes, on generated text (seeded, so every run measures the
 * same input): a 50 KB aggregator page in two layouts, and 10,000 copies (1,000 stories × 10 edited versions)
 * grouped, with pairwise precision and recall against the known stories.
 */

/** mulberry32: a tiny seeded PRNG, so the generated corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 've', 'dor', 'pli', 'gan', 'ru', 'fen', 'ost', 'ba', 'nel', 'cro', 'wi'];

/** `size` distinct pseudo-words of two to four syllables (16² + 16³ + 16⁴ possible, so any size up to 60,000 ends). */
function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

function sentence(random: () => number, words: readonly string[]): string {
  const n = 12 + Math.floor(random() * 14);
  const body = Array.from({ length: n }, () => pick(random, words)).join(' ');
  return `${body[0]!.toUpperCase()}${body.slice(1)}.`;
}

function story(random: () => number, words: readonly string[]): string[] {
  return Array.from({ length: 8 }, () => Array.from({ length: 1 + Math.floor(random() * 2) }, () => sentence(random, words)).join(' '));
}

/** A version as outlets make them: trimmed at the end, one sentence inserted, a few words changed. */
function edit(random: () => number, words: readonly string[], paragraphs: readonly string[]): string[] {
  const kept = paragraphs.slice(0, paragraphs.length - Math.floor(random() * 3));
  const at = Math.floor(random() * (kept.length + 1));
  const version = [...kept.slice(0, at), sentence(random, words), ...kept.slice(at)];
  for (let i = 0; i < 3; i++) {
    const p = Math.floor(random() * version.length);
    const tokens = version[p]!.split(' ');
    tokens[Math.floor(random() * tokens.length)] = pick(random, words);
    version[p] = tokens.join(' ');
  }
  return version;
}

const headlineOf = (random: () => number, words: readonly string[]) => sentence(random, words).slice(0, 60).replace(/\.$/, '');

/** The seed page's layout: headline twice, outlet, glued time, bulleted outlet, headline, one flattened body line. */
function seedLayoutArticle(random: () => number, words: readonly string[]): string {
  const headline = headlineOf(random, words);
  const outlet = `${pick(random, ['North', 'South', 'East', 'West'])} ${pick(random, ['Gazette', 'Chronicle', 'Echo', 'Post'])}`;
  return [headline, headline, '', outlet, '', `time${1 + Math.floor(random() * 20)} hours ago`, '', `  • ${outlet}`, '', headline, '', story(random, words).join(' '), ''].join('\n');
}

/** A card layout: headline, "Outlet · 3h", byline, paragraphs on their own lines, share buttons. */
function cardLayoutArticle(random: () => number, words: readonly string[]): string {
  const headline = headlineOf(random, words);
  return [headline, `${pick(random, ['Valley', 'Harbour', 'City'])} ${pick(random, ['Times', 'News'])} · ${1 + Math.floor(random() * 9)}h`, 'By Ann Example', ...story(random, words), 'Share this', 'Share on X', ''].join('\n');
}

function page(layout: (random: () => number, words: readonly string[]) => string, seed: number, bytes: number): string {
  const random = prng(seed);
  const words = vocabulary(random, 3000);
  const parts = ['logo', 'Menu', ''];
  while (parts.join('\n').length < bytes) parts.push(layout(random, words));
  return [...parts, 'DOWNLOAD THE APP', 'Get your news first with our free app.'].join('\n');
}

function timeAnalysis(name: string, text: string): BenchRow {
  const options = { source: 'bench.txt', importedAt: '2026-11-27T12:00:00.000Z' };
  analyzePage(text, options); // warm-up: JIT and regex compilation are not what is measured
  const times = Array.from({ length: 15 }, () => {
    const start = performance.now();
    analyzePage(text, options);
    return performance.now() - start;
  });
  return below(name, median(times), 'ms', 50);
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function atLeast(name: string, value: number, limit: number): BenchRow {
  return { name, value: Math.round(value * 10_000) / 10_000, unit: 'ratio', target: `>= ${limit}`, met: value >= limit };
}

function groupingRows(): BenchRow[] {
  const random = prng(42);
  const words = vocabulary(random, 20_000);
  const items: { id: string; text: string }[] = [];
  const truth = new Map<string, number>();
  for (let s = 0; s < 1000; s++) {
    const base = story(random, words);
    for (let v = 0; v < 10; v++) {
      const id = `s${s}v${v}`;
      items.push({ id, text: edit(random, words, base).join('\n') });
      truth.set(id, s);
    }
  }
  const start = performance.now();
  const groups = groupTexts(items);
  const elapsed = performance.now() - start;
  // Pairwise scores: a pair of copies is right when it is together in both the answer and the truth.
  let together = 0;
  for (const group of groups) {
    const byStory = new Map<number, number>();
    for (const id of group) byStory.set(truth.get(id)!, (byStory.get(truth.get(id)!) ?? 0) + 1);
    for (const n of byStory.values()) together += pairs(n);
  }
  const predicted = groups.reduce((sum, g) => sum + pairs(g.length), 0);
  const actual = 1000 * pairs(10);
  return [
    below('group 10,000 copies (1,000 stories × 10 versions)', elapsed, 'ms', 3000),
    atLeast('grouping pairwise precision', predicted === 0 ? 0 : together / predicted, 0.98),
    atLeast('grouping pairwise recall', together / actual, 0.98),
  ];
}

export const rows: BenchSuite = async () => [
  timeAnalysis('analyse a 50 KB aggregator page (seed layout), median', page(seedLayoutArticle, 1, 50_000)),
  timeAnalysis('analyse a 50 KB aggregator page (card layout), median', page(cardLayoutArticle, 2, 50_000)),
  ...groupingRows(),
];

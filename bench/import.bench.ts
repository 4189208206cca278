import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { dispatch } from '../shared/api/dispatch';
import type { ImportReport } from '../shared/api/contract';
import { createServices } from '../electron/main/services';
import { below, type BenchSuite } from './row';
import { generateStore } from '../scripts/generate-store';

// Import a folder of 1,000 generated files (250 stories, 4 outlets' versions of each, ~4 KB of text) through
// import.pick, into a store already holding 10,000 copies: the whole path (walk, read, worker analysis,
// duplicates, grouping, commits). The main thread's longest event-loop stall is the "UI never blocked" figure.

const STORED = 10_000;
const STORIES = 250;
const VERSIONS = 4;

const SYLLABLES = 'ba ker lo mi nu sa te vo ri dan pel gor fi ha jun tas wel ost ric mar'.split(' ');

/**
 * A deterministic sentence-like paragraph of about `chars` characters from a vocabulary of thousands of
 * invented words, so that unrelated stories share few word triples, as real copy does.
 */
function prose(seed: number, chars: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    let h = Math.imul(seed + 1, 2654435761) ^ Math.imul(i + 1, 40503);
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    const word = SYLLABLES[h % 20]! + SYLLABLES[(h >>> 5) % 20]! + (h & 0x400 ? SYLLABLES[(h >>> 11) % 20]! : '');
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** One outlet's version of a story: the same agency copy with its own headline and one paragraph of its own. */
function versionText(story: number, version: number): string {
  const paragraphs = Array.from({ length: 9 }, (_, p) => prose(1_000_000 + story * 100 + p, 420));
  paragraphs[(version * 3) % paragraphs.length] = `Outlet ${version} adds that ${prose(2_000_000 + story * 10 + version, 300)}`;
  return [`Story ${story} as told by outlet ${version}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

async function writeFolder(root: string): Promise<string> {
  const folder = path.join(root, 'wire');
  for (let s = 0; s < STORIES; s += 1) {
    const sub = path.join(folder, `day-${s % 10}`);
    await mkdir(sub, { recursive: true });
    for (let v = 0; v < VERSIONS; v += 1) await writeFile(path.join(sub, `story-${s}-v${v}.txt`), versionText(s, v));
  }
  return folder;
}

export const rows: BenchSuite = async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-import-'));
  try {
    process.stderr.write(`  generating ${STORED.toLocaleString('en')} stored copies and ${STORIES * VERSIONS} files…\n`);
    const dataDir = path.join(root, 'data');
    await generateStore(dataDir, { copies: STORED });
    const folder = await writeFolder(root);
    const services = await createServices({ dataDir, resourcesDir: root, shell: 'cli', pickPaths: async () => [folder] });
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const t0 = performance.now();
    const result = await dispatch(services.handlers, 'import.pick', { kind: 'folder' });
    const seconds = (performance.now() - t0) / 1000;
    stalls.disable();
    await services.close();
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as ImportReport;
    if (report.failed.length > 0) throw new Error(`import failed for ${report.failed.length} files, first: ${report.failed[0]!.message}`);
    process.stderr.write(`  imported ${report.imported.length} copies, ${report.duplicates.length} duplicates in ${seconds.toFixed(1)} s\n`);
    return [
      below(`import a folder of ${STORIES * VERSIONS} files into ${STORED.toLocaleString('en')} stored copies`, seconds, 's', 20),
      below('import: longest main-thread stall during that import', stalls.max / 1e6, 'ms', 100),
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

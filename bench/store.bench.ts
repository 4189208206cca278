import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dispatch } from '../shared/api/dispatch';
import { createServices } from '../electron/main/services';
import { generateStore } from '../scripts/generate-store';
import { below, median, type BenchRow, type BenchSuite } from './row';

// Store figures at three sizes: the median time to save one draft (which must not grow with the store) and
// the time to open the store as the app does at start. Stores come from scripts/generate-store.ts, which
// writes through the repositories' bulk API (each shard once) rather than through 50,000 imports.

const SIZES = [1_000, 10_000, 50_000];
const SAVES = 40;

const WORDS = 'police policy court minister council report watchdog carnival recognition privacy rights review campaign officers data law'.split(' ');

/** A deterministic paragraph of about `chars` characters, different for every seed: the saved draft's text. */
function paragraph(seed: number, chars: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const word = WORDS[(seed * 31 + i * 7 + (i >> 3)) % WORDS.length]!;
    words.push(word);
    length += word.length + 1;
  }
  return `${words.join(' ')}.`;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Opening is timed in a fresh process, as at app start: this one's heap is full of the generated store. */
async function timeOpenInFreshProcess(dir: string): Promise<number> {
  const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx');
  const { stdout } = await promisify(execFile)(tsx, [path.join(here, 'store-open-probe.ts'), dir], { maxBuffer: 1024 * 1024 });
  return (JSON.parse(stdout) as { ms: number }).ms;
}

async function measure(size: number): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-store-'));
  try {
    process.stderr.write(`  generating ${size.toLocaleString('en')} copies…\n`);
    await generateStore(dir, { copies: size });
    const load = await timeOpenInFreshProcess(dir);
    const services = await createServices({ dataDir: dir, resourcesDir: dir, shell: 'cli' });

    const text = Array.from({ length: 10 }, (_, p) => paragraph(p, 500)).join('\n');
    const content = JSON.stringify({ root: { children: text.split('\n').map((t) => ({ type: 'paragraph', text: t })) } });
    const first = await dispatch(services.handlers, 'drafts.save', { storyId: null, title: 'Bench draft', content, text });
    if (!first.ok) throw new Error(first.error.message);
    const id = (first.value as { id: string }).id;
    const times: number[] = [];
    for (let i = 0; i < SAVES; i += 1) {
      const t0 = performance.now();
      const saved = await dispatch(services.handlers, 'drafts.save', { id, storyId: null, title: 'Bench draft', content, text: `${text}\n${i}` });
      times.push(performance.now() - t0);
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const listTimes: number[] = [];
    for (const query of [{}, { query: 'police court' }, { outlet: 'Outlet 7' }]) {
      const t0 = performance.now();
      const listed = await dispatch(services.handlers, 'library.list', query);
      listTimes.push(performance.now() - t0);
      if (!listed.ok) throw new Error(listed.error.message);
    }
    await services.close();
    const label = size.toLocaleString('en');
    return [
      below(`store: save one draft (median of ${SAVES}), ${label} copies stored`, median(times), 'ms', size > 10_000 ? 40 : 20),
      below(`store: open (load what the library needs), ${label} copies stored`, load, 'ms', 2000),
      below(`library.list (median of all / words / outlet), ${label} copies stored`, median(listTimes), 'ms', 1000),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const rows: BenchSuite = async () => {
  const all: BenchRow[] = [];
  for (const size of SIZES) all.push(...(await measure(size)));
  return all;
};

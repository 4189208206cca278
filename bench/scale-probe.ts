import { performance } from 'node:perf_hooks';
import { LIBRARY_PAGE_STORIES } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { ApiMethod } from '../shared/api/methods';
import type { Draft, DraftSummary } from '../shared/domain/model';
import { createServices } from '../electron/main/services';
import { median } from './row';

// Run by scale.bench.ts in a fresh process, as the app starts, on the store named by argv[2]: opens it, then
// lists, searches and saves as a sub-editor would, and prints the figures as JSON on stdout. A fresh process
// because the generator's heap (every copy's body) would hide what the app itself holds.

/** Searches a sub-editor types: a common word, two words, a name, an outlet, both, and nothing found. */
const SEARCHES = [
  { query: 'council' },
  { query: 'flood defences' },
  { query: 'priya okafor' },
  { outlet: 'Leeds Echo' },
  { query: 'budget', outlet: 'Bristol Times' },
  { query: 'zebra' },
] as const;
const RUNS = 5;
const SAVES = 30;

export interface ScaleFigures {
  openMs: number;
  afterOpen: { rssMb: number; heapMb: number };
  listMs: number;
  listBytes: number;
  /** The first page, as the library pane asks for it. */
  pageMs: number;
  pageBytes: number;
  listedCopies: number;
  listedStories: number;
  /** Per search (first page): the median of RUNS, and how many copies match in all. */
  searches: { input: object; medianMs: number; maxMs: number; copies: number }[];
  draftsListMs: number;
  drafts: number;
  draftWords: number;
  saveMedianMs: number;
  afterWork: { rssMb: number; heapMb: number };
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: mb(rss), heapMb: mb(heapUsed) };
};

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: tsx bench/scale-probe.ts <data folder>');
  const started = performance.now();
  const services = await createServices({ dataDir, resourcesDir: dataDir, shell: 'cli' });
  const openMs = performance.now() - started;
  const afterOpen = memory();

  /** Calls through dispatch (input validation included, as every client's call is); the time and the answer. */
  const timed = async <T>(method: ApiMethod, input: object): Promise<{ ms: number; value: T }> => {
    const t0 = performance.now();
    const result = await dispatch(services.handlers, method, input);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return { ms, value: result.value as T };
  };

  type Listed = { copies: unknown[]; stories: unknown[]; total: { copies: number } };
  const lists = [];
  for (let i = 0; i < 3; i += 1) lists.push(await timed<Listed>('library.list', {}));
  const whole = lists.at(-1)!.value;
  const pages = [];
  for (let i = 0; i < 3; i += 1) pages.push(await timed<Listed>('library.list', { limit: LIBRARY_PAGE_STORIES }));

  const searches = [];
  for (const input of SEARCHES) {
    const runs = [];
    // As the library pane searches: the first page of matching stories.
    for (let i = 0; i < RUNS; i += 1) runs.push(await timed<Listed>('library.list', { ...input, limit: LIBRARY_PAGE_STORIES }));
    searches.push({ input, medianMs: median(runs.map((r) => r.ms)), maxMs: Math.max(...runs.map((r) => r.ms)), copies: runs[0]!.value.total.copies });
  }

  const draftLists = [];
  for (let i = 0; i < 3; i += 1) draftLists.push(await timed<DraftSummary[]>('drafts.list', {}));
  const summaries = draftLists[0]!.value;
  if (summaries.length === 0) throw new Error(`${dataDir} holds no drafts to save.`);

  // The autosave of a generated draft (a real merge), each a one-word edit on the revision the last returned.
  const { value: draft } = await timed<Draft>('drafts.get', { id: summaries[0]!.id });
  let revision = draft.revision;
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const input = { id: draft.id, storyId: draft.storyId, title: draft.title, content: draft.content.replace('"text":"', `"text":"edit${i} `), text: `edit${i} ${draft.text}`, baseRevision: revision };
    const saved = await timed<Draft>('drafts.save', input);
    saves.push(saved.ms);
    revision = saved.value.revision;
  }
  const afterWork = memory();
  await services.close();

  const figures: ScaleFigures = {
    openMs,
    afterOpen,
    listMs: median(lists.map((l) => l.ms)),
    listBytes: Buffer.byteLength(JSON.stringify(whole)),
    pageMs: median(pages.map((p) => p.ms)),
    pageBytes: Buffer.byteLength(JSON.stringify(pages[0]!.value)),
    listedCopies: whole.copies.length,
    listedStories: whole.stories.length,
    searches,
    draftsListMs: median(draftLists.map((l) => l.ms)),
    drafts: summaries.length,
    draftWords: draft.text.split(/\s+/).length,
    saveMedianMs: median(saves),
    afterWork,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

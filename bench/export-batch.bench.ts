import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportBatchReport } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { countWords, draftFromPlan } from '../shared/domain/draft';
import { mergeStory, NEWEST_POLICY } from '../shared/domain/merge';
import { createServices } from '../electron/main/services';
import { generatedVersions } from './compare.bench';
import { below, type BenchSuite } from './row';

// The target: batch-export 500 drafts × 3 formats (txt, html, ninjs) into one folder in < 10 s, with
// progress. The drafts are real merged documents (fields, Lexical body, merge plan) in a real store, exported
// through `dispatch` as the app's "Export many" calls it: the check of every draft, the render, the atomic
// write with fsync of each file, and one history record per draft, all included.

const DRAFTS = 500;
const FORMATS = ['txt', 'html', 'ninjs'] as const;
const DRAFT_WORDS = 600;
const TARGET_MS = 10_000;

type Handlers = Awaited<ReturnType<typeof createServices>>['handlers'];

async function call<T>(handlers: Handlers, method: 'drafts.save' | 'export.batch', input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

export const rows: BenchSuite = async () => {
  const versions = generatedVersions(2, DRAFT_WORDS);
  const merged = mergeStory(versions, NEWEST_POLICY);
  if (!merged.ok) throw new Error(merged.problem);
  const doc = draftFromPlan(merged.plan, versions);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-export-'));
  try {
    const out = path.join(dir, 'out');
    await mkdir(out);
    await mkdir(path.join(dir, 'samples'));
    const services = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir: dir, shell: 'cli' });
    process.stderr.write(`  saving ${DRAFTS} drafts…\n`);
    const ids: string[] = [];
    // 500 stories, 500 headlines (numbered first, so the 80-character slug keeps them apart), as a desk's day.
    for (let i = 0; i < DRAFTS; i += 1) ids.push((await call<{ id: string }>(services.handlers, 'drafts.save', { storyId: null, ...doc, title: `${i} ${doc.title}` })).id);

    let events = 0;
    services.events.on('export.progress', () => void (events += 1));
    const t0 = performance.now();
    // Forced: the generated copy's house-style suggestions must not shrink the batch to the clean drafts.
    const report = await call<ExportBatchReport>(services.handlers, 'export.batch', { drafts: ids, formats: [...FORMATS], folder: out, force: true });
    const ms = performance.now() - t0;
    await services.close();

    const files = (await readdir(out)).length;
    if (report.written.length !== DRAFTS * FORMATS.length || files !== report.written.length) {
      throw new Error(`export.batch wrote ${report.written.length} files (${files} on disk), not ${DRAFTS * FORMATS.length}: ${JSON.stringify(report.failed.slice(0, 3))}`);
    }
    const words = countWords(doc.text).toLocaleString('en');
    return [below(`export.batch: ${DRAFTS} drafts (${words} words) × ${FORMATS.length} formats (${FORMATS.join(', ')}), ${events} progress events`, ms, 'ms', TARGET_MS)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

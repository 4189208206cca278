import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../shared/api/dispatch';
import { countWords, draftFromPlan } from '../shared/domain/draft';
import { mergeStory, NEWEST_POLICY } from '../shared/domain/merge';
import { createServices } from '../electron/main/services';
import { MAX_REVISIONS } from '../electron/main/store/store-files';
import { generatedVersions } from './compare.bench';
import { below, median, type BenchRow, type BenchSuite } from './row';
import { generateStore } from '../scripts/generate-store';

// The target: an autosave of a 5,000-word draft into a store of 10,000 copies, median, < 30 ms. The
// draft is a real merged document (fields, Lexical body with passage provenance, the merge plan), saved
// through `dispatch` as the editor's autosave reaches the services (validation included). Measured twice:
// on a new draft, and on one holding the most revisions a draft keeps, since the file carries them.

const STORE_SIZE = 10_000;
const DRAFT_WORDS = 5_000;
const SAVES = 30;
const TARGET_MS = 30;

type Handlers = Awaited<ReturnType<typeof createServices>>['handlers'];

async function call<T>(handlers: Handlers, method: 'drafts.save', input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Median time of `SAVES` autosaves, each a one-word edit based on the revision the last one returned. */
async function timeAutosaves(handlers: Handlers, draft: { id: string; revision: number }, doc: { title: string; content: string; text: string }): Promise<number> {
  // Built before timing: the editor hands over its serialized state, the services' cost starts there.
  const edits = Array.from({ length: SAVES }, (_, i) => ({ content: doc.content.replace('"text":"', `"text":"edit${i} `), text: `edit${i} ${doc.text}` }));
  let revision = draft.revision;
  const times: number[] = [];
  for (const edit of edits) {
    const t0 = performance.now();
    const saved = await call<{ revision: number }>(handlers, 'drafts.save', { id: draft.id, storyId: null, title: doc.title, ...edit, baseRevision: revision });
    times.push(performance.now() - t0);
    revision = saved.revision;
  }
  return median(times);
}

export const rows: BenchSuite = async () => {
  const versions = generatedVersions(2, DRAFT_WORDS);
  const merged = mergeStory(versions, NEWEST_POLICY);
  if (!merged.ok) throw new Error(merged.problem);
  const doc = draftFromPlan(merged.plan, versions);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-autosave-'));
  try {
    process.stderr.write(`  generating ${STORE_SIZE.toLocaleString('en')} copies…\n`);
    await generateStore(dir, { copies: STORE_SIZE });
    const services = await createServices({ dataDir: dir, resourcesDir: dir, shell: 'cli' });
    const save = (input: object) => call<{ id: string; revision: number }>(services.handlers, 'drafts.save', { storyId: null, ...doc, ...input });

    const fresh = await save({});
    const freshMs = await timeAutosaves(services.handlers, fresh, doc);

    let full = await save({});
    for (let i = 0; i < MAX_REVISIONS; i += 1) full = await save({ id: full.id, text: `${doc.text} ${i}`, checkpoint: true });
    const fullMs = await timeAutosaves(services.handlers, full, doc);
    await services.close();

    const words = countWords(doc.text).toLocaleString('en');
    const kb = Math.round(doc.content.length / 1024).toLocaleString('en');
    const label = `${words}-word draft (${kb} KB document), ${STORE_SIZE.toLocaleString('en')} copies stored`;
    const figures: BenchRow[] = [
      below(`autosave: ${label}, median of ${SAVES}`, freshMs, 'ms', TARGET_MS),
      below(`autosave: same draft holding ${MAX_REVISIONS} kept revisions, median of ${SAVES}`, fullMs, 'ms', TARGET_MS),
    ];
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

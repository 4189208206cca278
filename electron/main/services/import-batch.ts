import { performance } from 'node:perf_hooks';
import type { ImportReport } from '../../../shared/api/contract';
import type { ReadOptions } from '../ingest/analyze-document';
import type { AnalyzedPage, CopyCommitter } from './copy-committer';
import type { ImportPipeline } from './import-pipeline';
import type { ServiceEvents } from './service-events';

/** One file of a batch, read only when its turn comes (a folder of 1,000 files is never all in memory). */
export interface BatchFile {
  /** What reports and copies call it, and what the reader goes by (its extension chooses the reader): a file name, "folder/sub/name", "clipboard" or "sample:name". */
  source: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
}

/** Lets import.cancel stop a batch between two files. */
export interface BatchControl {
  cancelled: boolean;
}

/**
 * Pages are committed in groups: every few seconds, or when this many files are waiting. Each commit
 * rewrites the copy index and every shard it touches, so a big folder needs few of them (a commit of 100
 * files into 10,000 copies takes over a second); meanwhile a crash loses at most a few seconds of reading,
 * never part of a file (each file's articles always go in together, in one commit). A commit runs while
 * the next files are read and analysed (the worker would otherwise wait for the disk); only one at a time.
 */
const COMMIT_EVERY_MS = 5_000;
const MAX_PENDING_FILES = 1_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** Every failure names its file, even one from a library that did not. */
const naming = (source: string, message: string): string => (message.startsWith(source) ? message : `${source}: ${message}`);

/**
 * Imports files one after another: read and analyse (in the pipeline's worker), then commit. One bad file
 * ends up in `failed` with its reason and the batch goes on; progress is announced before each file.
 */
export async function runBatch(
  files: readonly BatchFile[],
  deps: { pipeline: ImportPipeline; committer: CopyCommitter; events: ServiceEvents; control: BatchControl; options: ReadOptions },
): Promise<ImportReport> {
  const { pipeline, committer, events, control, options } = deps;
  const report: ImportReport = { imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0 };
  let pending: AnalyzedPage[] = [];
  let lastCommit = performance.now();
  let committing: Promise<void> = Promise.resolve();
  // A failed commit is kept here until the batch next waits for commits, and then thrown.
  let commitFailure: { error: unknown } | null = null;
  const settleCommits = async () => {
    await committing;
    if (commitFailure) throw commitFailure.error;
  };
  const commit = async () => {
    await settleCommits();
    lastCommit = performance.now();
    const pages = pending;
    pending = [];
    committing = committer.commit(pages, options.importedAt).then(
      ({ imported, duplicates }) => {
        report.imported.push(...imported);
        report.duplicates.push(...duplicates);
        if (imported.length > 0) events.emit('library.changed', { reason: 'import' });
      },
      (error: unknown) => void (commitFailure = { error }),
    );
  };

  committer.prepare();

  for (const [done, file] of files.entries()) {
    // The store refused a commit: reading more would only lose more work; the failure is thrown below.
    if (commitFailure) break;
    if (control.cancelled) {
      report.cancelled = true;
      break;
    }
    events.emit('import.progress', { done, total: files.length, current: file.source });
    try {
      const { format, analysis } = await pipeline.read({ name: file.source, bytes: await file.bytes() }, options);
      if (analysis.articles.length === 0) report.failed.push({ source: file.source, message: `${file.source}: no article was found in it.` });
      else pending.push({ source: file.source, format, analysis });
    } catch (error) {
      report.failed.push({ source: file.source, message: naming(file.source, messageOf(error)) });
    }
    if (pending.length >= MAX_PENDING_FILES || (pending.length > 0 && performance.now() - lastCommit >= COMMIT_EVERY_MS)) await commit();
  }
  await commit();
  await settleCommits();
  events.emit('import.progress', { done: files.length, total: files.length, current: '' });
  return report;
}

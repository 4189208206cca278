import { createStoryGrouper } from '../../../shared/domain/group';
import { createWorkerReader } from '../ingest/worker-reader';
import type { ImportPipeline } from './import-pipeline';

/** Longest one file may take to read and analyse by default: jsdom needs 2–7 s for a heavy page here. */
export const DEFAULT_FILE_TIME_LIMIT_MS = 30_000;

/** The real import steps: reading and analysis in a worker thread, grouping in the main process. */
export function createDefaultPipeline(fileTimeLimitMs: number = DEFAULT_FILE_TIME_LIMIT_MS): ImportPipeline {
  const reader = createWorkerReader({ budgetMs: fileTimeLimitMs });
  return { read: reader.read, close: reader.close, createGrouper: () => createStoryGrouper() };
}

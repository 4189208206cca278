import type { DocumentReader } from '../ingest/worker-reader';

/**
 * The steps an import runs, as plain functions so the services can be tested with small fakes. The real ones
 * (a worker thread running extraction and page analysis, the MinHash grouper) are in default-pipeline.ts.
 */
export interface ImportPipeline {
  /** One file (name and bytes) to its articles; throws an Error whose message names the file. */
  read: DocumentReader['read'];
  /** Incremental near-duplicate finder across the whole store. */
  createGrouper: () => StoryGrouper;
  /** Releases what `read` holds (the worker). */
  close: () => Promise<void>;
}

export interface StoryGrouper {
  /** Adds a copy's text; returns the id of a near-duplicate added before, if any. */
  add: (id: string, text: string) => string | null;
  /** Adds a copy's text without looking for a match (rebuilding from the store). */
  insert: (id: string, text: string) => void;
  remove: (id: string) => void;
}

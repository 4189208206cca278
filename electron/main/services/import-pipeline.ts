import type { AnalyzeOptions, PageAnalysis } from '../../../shared/domain/model';

/**
 * The domain steps an import runs, as plain functions so the services can be tested with small fakes and
 * so they can later move to a worker unchanged. The real ones are wired in default-pipeline.ts.
 */
export interface ImportPipeline {
  /** Bytes of one file to text, detecting the encoding; throws an Error naming the file when it cannot. */
  decode: (bytes: Uint8Array, name: string) => string;
  /** One page (or wire file) to its articles and the stories they form on that page. */
  analyze: (text: string, options: AnalyzeOptions) => PageAnalysis | Promise<PageAnalysis>;
  /** Incremental near-duplicate finder across the whole store. */
  createGrouper: () => StoryGrouper;
}

export interface StoryGrouper {
  /** Adds a copy's text; returns the id of a near-duplicate added before, if any. */
  add: (id: string, text: string) => string | null;
  remove: (id: string) => void;
}

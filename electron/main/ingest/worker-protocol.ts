import type { DocumentAnalysis, ReadOptions } from './analyze-document';

/** Messages between the main thread and the analysis worker (structured-cloned by worker_threads). */
export interface WorkerJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; result: DocumentAnalysis }
  | { kind: 'failed'; id: number; message: string };

import type { Worker } from 'node:worker_threads';
import { SerialQueue } from '../store/serial-queue';
import type { DocumentAnalysis, ReadOptions } from './analyze-document';
import type { ImportedBytes } from './extract';
import { ExtractError } from '../../../shared/domain/extract/extract-error';
import type { WorkerJob, WorkerReply } from './worker-protocol';
import { startAnalysisWorker } from './worker-script';

/** Reads and analyses files; the import pipeline's heavy step. */
export interface DocumentReader {
  read: (file: ImportedBytes, options: ReadOptions) => Promise<DocumentAnalysis>;
  /** Stops the worker; a later read starts a new one. */
  close: () => Promise<void>;
}

export interface WorkerReaderOptions {
  /** Longest a single file may take; past it the worker is stopped and the file reported as too slow. */
  budgetMs: number;
  /** Starts the worker (tests start one that misbehaves on purpose). */
  start?: () => Worker;
}

/** Starting a worker from TypeScript transpiles its imports; generous, and not charged to any file's budget. */
const STARTUP_LIMIT_MS = 60_000;

const seconds = (ms: number): string => `${Number((ms / 1000).toPrecision(3))} s`;

/** Resolves on the first reply `accept` returns a value for; rejects on a worker error, exit or the time limit. */
function awaitReply<T>(worker: Worker, limitMs: number, accept: (reply: WorkerReply) => T | undefined, onTimeout: () => Error, onStop: (why: string) => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      settle();
    };
    const onMessage = (reply: WorkerReply) => {
      try {
        const value = accept(reply);
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const onError = (error: Error) => finish(() => reject(onStop(error.message)));
    const onExit = (code: number) => finish(() => reject(onStop(`exit code ${code}`)));
    const timer = setTimeout(() => finish(() => reject(onTimeout())), limitMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/**
 * Runs extraction and analysis in a worker thread, one file at a time, each within a time budget. A file
 * over its budget (or one that crashes the worker) fails alone: the worker is terminated, whatever it was
 * doing is dropped, and the next file gets a fresh worker. The worker is unreferenced while idle so it never
 * keeps a CLI process alive.
 */
export function createWorkerReader(options: WorkerReaderOptions): DocumentReader {
  const queue = new SerialQueue();
  const start = options.start ?? startAnalysisWorker;
  let worker: Promise<Worker> | null = null;
  let nextId = 0;

  const discard = async () => {
    const stopping = worker;
    worker = null;
    if (stopping) await (await stopping.catch(() => null))?.terminate();
  };

  const ready = (name: string): Promise<Worker> => {
    worker ??= (async () => {
      const started = start();
      await awaitReply(
        started,
        STARTUP_LIMIT_MS,
        (reply) => (reply.kind === 'ready' ? true : undefined),
        () => new ExtractError(name, `could not be analysed: the reader did not start within ${seconds(STARTUP_LIMIT_MS)}`),
        (why) => new ExtractError(name, `could not be analysed: the reader failed to start (${why})`),
      );
      return started;
    })();
    return worker;
  };

  const readNow = async (file: ImportedBytes, readOptions: ReadOptions): Promise<DocumentAnalysis> => {
    let thread: Worker;
    try {
      thread = await ready(file.name);
    } catch (error) {
      await discard();
      throw error;
    }
    const job: WorkerJob = { id: nextId++, name: file.name, bytes: file.bytes, options: readOptions };
    thread.ref();
    try {
      const reply = awaitReply(
        thread,
        options.budgetMs,
        (message) => {
          if (message.kind === 'done' && message.id === job.id) return message.result;
          if (message.kind === 'failed' && message.id === job.id) throw new Error(message.message);
          return undefined;
        },
        () => new ExtractError(file.name, `took longer than ${seconds(options.budgetMs)} to read and analyse, so it was stopped`),
        (why) => new ExtractError(file.name, `could not be analysed: the reader stopped (${why})`),
      );
      thread.postMessage(job);
      return await reply;
    } catch (error) {
      // A failure the worker reported leaves it usable; a timeout or a crash does not.
      if (error instanceof ExtractError) await discard();
      throw error;
    } finally {
      thread.unref();
    }
  };

  return {
    read: (file, readOptions) => queue.run(() => readNow(file, readOptions)),
    close: () => queue.run(discard),
  };
}

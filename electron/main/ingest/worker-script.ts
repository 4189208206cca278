import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the analysis worker wherever main runs. In the esbuild bundle (dist/electron/main.cjs) the worker
 * is its own bundle beside it, analysis-worker.cjs. From source (tsx: the web twin, the CLI, vitest) the
 * worker is TypeScript, which a worker thread cannot load by itself: the thread first registers tsx's
 * require hook, then loads the entry.
 */
export function startAnalysisWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new Worker(fileURLToPath(new URL('./analysis-worker.cjs', here)));
  const entry = fileURLToPath(new URL('./analysis-worker.ts', here));
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true });
}

import { setImmediate as nextTurn } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

/**
 * Long loops on the main process (building the store-wide grouper, committing a thousand copies) must let
 * the event loop run, or the window's and the web twin's calls wait behind them. The returned function
 * yields one turn once `sliceMs` have passed since the last yield, and costs a clock read otherwise. The
 * default is well under the 100 ms target because on a busy machine a slice of CPU takes several times as
 * long on the wall clock.
 */
export function timeSlicer(sliceMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}

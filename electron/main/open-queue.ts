import { MAX_PICKED_FILES } from './ingest/picked-files';
import { uniquePaths } from './open-files';
import { defaultSchedule, type Schedule } from './timers';

export type OpenHandler = (paths: string[]) => Promise<void>;

export interface OpenQueueOptions {
  /**
   * Quiet time before a batch is imported. macOS sends one `open-file` per file when many are opened or
   * dropped on the dock icon: they arrive close together and should make one import, one report.
   */
  settleMs?: number;
  /** At most this many paths per import; the rest follow in the next one, so nothing handed over is lost. */
  maxBatch?: number;
  schedule?: Schedule;
}

/**
 * Files the OS hands to Copydesk (command line, "Open with", the dock icon, a second launch). They may
 * arrive before the app can import (macOS sends `open-file` before `ready`): they wait until `start`. Imports
 * run one after another, never two at once from here.
 */
export function createOpenQueue(options: OpenQueueOptions = {}) {
  const settleMs = options.settleMs ?? 150;
  const maxBatch = options.maxBatch ?? MAX_PICKED_FILES;
  const schedule = options.schedule ?? defaultSchedule;
  let pending: string[] = [];
  let handler: OpenHandler | null = null;
  let cancelTimer: (() => void) | null = null;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    cancelTimer = null;
    if (!handler || pending.length === 0) return;
    const run = handler;
    const batch = pending.slice(0, maxBatch);
    pending = pending.slice(maxBatch);
    // A failed import is reported by the handler; the queue must go on with later files regardless.
    running = running.then(() => run(batch)).catch(() => {});
    if (pending.length > 0) later();
  };

  const later = () => {
    cancelTimer?.();
    cancelTimer = schedule(flush, settleMs);
  };

  return {
    add(paths: readonly string[]): void {
      if (paths.length === 0) return;
      pending = uniquePaths([...pending, ...paths]);
      if (handler) later();
    },
    start(run: OpenHandler): void {
      handler = run;
      if (pending.length > 0) later();
    },
    /** Resolves when every import already started has finished (tests, and quitting). */
    idle: (): Promise<void> => running,
  };
}

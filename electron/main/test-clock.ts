import type { Schedule } from './timers';

/**
 * A hand-driven clock for timer tests: nothing scheduled runs until the test fires it, so waits and
 * timeouts are checked without real time. Test helper only.
 */
export function manualClock() {
  const timers: { run: () => void; cancelled: boolean }[] = [];
  const schedule: Schedule = (run) => {
    const timer = { run, cancelled: false };
    timers.push(timer);
    return () => void (timer.cancelled = true);
  };
  return {
    schedule,
    /** Runs every live timer; answers how many ran. */
    fire(): number {
      const live = timers.filter((t) => !t.cancelled);
      timers.length = 0;
      for (const t of live) t.run();
      return live.length;
    },
  };
}

/** Lets promise callbacks queued so far run. */
export const drain = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

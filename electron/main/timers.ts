/** Runs `run` after `ms`; answers a function that cancels it. Injected so tests drive time by hand. */
export type Schedule = (run: () => void, ms: number) => () => void;

export const defaultSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Waits for `work` at most `ms`: true when it settled (fulfilled or rejected: either way it is over), false
 * when the time ran out. Used where the app must go on regardless (quitting, closing the window).
 */
export function settlesWithin(work: Promise<unknown>, ms: number, schedule: Schedule = defaultSchedule): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = schedule(() => resolve(false), ms);
    const done = () => {
      cancel();
      resolve(true);
    };
    work.then(done, done);
  });
}

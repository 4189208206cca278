import type { ApiHandlers } from '../../../shared/api/dispatch';
import type { Store } from '../store/open-store';
import type { ServiceEvents } from './service-events';

/** How often an idle app looks for changes made by the CLI or another app: a few stats each time. */
export const OTHER_WRITERS_POLL_MS = 2000;

/**
 * Keeps the services in step with other processes writing the same data folder (the CLI importing while the
 * app runs, a second app): every call first re-reads what changed on disk, so it answers from, and saves on
 * top of, what is really stored; and a timer notices changes while nobody calls, announcing them as
 * `library.changed` so open windows reload their lists without waiting for the user to do something.
 */
export function watchOtherWriters(store: Store, events: ServiceEvents, pollMs = OTHER_WRITERS_POLL_MS) {
  const catchUp = async (): Promise<void> => {
    if (await store.sync()) events.emit('library.changed', { reason: 'changed-elsewhere' });
  };
  const timer = setInterval(() => void catchUp().catch(() => {}), pollMs);
  // Never what keeps a process (the CLI, a test) alive.
  timer.unref();
  return {
    /** The same handlers, each catching up with the disk before it runs. */
    wrap(handlers: ApiHandlers): ApiHandlers {
      const wrapped = Object.entries(handlers).map(([method, handler]) => [
        method,
        async (input: never) => {
          await catchUp();
          return (handler as (input: never) => unknown)(input);
        },
      ]);
      return Object.fromEntries(wrapped) as ApiHandlers;
    },
    stop: () => clearInterval(timer),
  };
}

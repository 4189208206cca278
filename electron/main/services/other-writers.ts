import type { ApiHandlers } from '../../../shared/api/dispatch';
import type { Store } from '../store/open-store';
import type { ServiceEvents } from './service-events';

/** How often an idle app looks for changes made by the CLI or another app: a few stats each time. */
export const OTHER_WRITERS_POLL_MS = 2000;

/** The draft a call names (drafts.get, export.draft…): re-read before the call, one stat. */
const namedId = (input: unknown): string | undefined =>
  typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string' ? input.id : undefined;

/**
 * Keeps the services in step with other processes writing the same data folder (the CLI importing while the
 * app runs, a second app): every call first re-reads what changed on disk (the library's files, the list of
 * drafts, and the draft it names), so it answers from, and saves on top of, what is really stored; a timer
 * also checks every draft while nobody calls, and announces any change as `library.changed` so open windows
 * reload their lists without waiting for the user to do something.
 */
export function watchOtherWriters(store: Store, events: ServiceEvents, pollMs = OTHER_WRITERS_POLL_MS) {
  const catchUp = async (thorough: boolean, id?: string): Promise<void> => {
    const [changed, draftChanged] = await Promise.all([store.sync({ thorough }), id === undefined ? false : store.drafts.refresh(id)]);
    if (changed || draftChanged) events.emit('library.changed', { reason: 'changed-elsewhere' });
  };
  const timer = setInterval(() => void catchUp(true).catch(() => {}), pollMs);
  // Never what keeps a process (the CLI, a test) alive.
  timer.unref();
  return {
    /** The same handlers, each catching up with the disk before it runs. */
    wrap(handlers: ApiHandlers): ApiHandlers {
      const wrapped = Object.entries(handlers).map(([method, handler]) => [
        method,
        async (input: never) => {
          await catchUp(false, namedId(input));
          return (handler as (input: never) => unknown)(input);
        },
      ]);
      return Object.fromEntries(wrapped) as ApiHandlers;
    },
    stop: () => clearInterval(timer),
  };
}

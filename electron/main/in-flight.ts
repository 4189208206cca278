import type { ApiHandlers } from '../../shared/api/dispatch';
import { settlesWithin, type Schedule } from './timers';

type AnyHandler = (input: never) => unknown;

/**
 * The same handlers, counting the calls still running, so quitting can wait for an import or export that
 * was just cancelled to stop between two files (and the store's last writes to be queued) before it closes.
 */
export function trackInFlight(handlers: ApiHandlers, schedule?: Schedule) {
  const running = new Set<Promise<unknown>>();
  const tracked = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      (input: never) => {
        const result = (handler as AnyHandler)(input);
        if (result instanceof Promise) {
          running.add(result);
          const forget = () => void running.delete(result);
          result.then(forget, forget);
        }
        return result;
      },
    ]),
  ) as ApiHandlers;

  return {
    handlers: tracked,
    /** True when every call running now has finished within `ms`. */
    settled: (ms: number): Promise<boolean> => settlesWithin(Promise.allSettled([...running]), ms, schedule),
    count: (): number => running.size,
  };
}

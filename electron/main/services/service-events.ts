import type { ApiEventPayload, EventSubscriber } from '../../../shared/api/events';
import type { ApiEvent } from '../../../shared/api/methods';

/** The services' side of the event contract: IPC and the web server subscribe, services emit. */
export interface ServiceEvents {
  on: EventSubscriber;
  emit: <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) => void;
}

type Listener = (payload: never) => void;

/**
 * A tiny typed emitter. A listener that throws (a closed window, a dropped connection) must not break the
 * service that emitted, nor the other listeners, so its error is reported and swallowed.
 */
export function createServiceEvents(onListenerError: (error: unknown) => void = () => {}): ServiceEvents {
  const listeners = new Map<ApiEvent, Set<Listener>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => void set.delete(listener as Listener);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}

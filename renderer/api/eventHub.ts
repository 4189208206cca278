import { events, type ApiEventPayload, type EventSubscriber } from '../../shared/api/events';
import type { ApiEvent } from '../../shared/api/methods';

type Listener = (payload: unknown) => void;

/**
 * Fans out validated events to any number of listeners. Both the preload's events and the twin's server-sent
 * events pass through here, so a malformed payload is dropped (with a console warning) in one place.
 */
export function createEventHub(): { subscribe: EventSubscriber; emit: (event: ApiEvent, raw: unknown) => void } {
  const listeners = new Map<ApiEvent, Set<Listener>>();
  const subscribe: EventSubscriber = <E extends ApiEvent>(event: E, listener: (payload: ApiEventPayload<E>) => void) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    const wrapped = listener as Listener;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  };
  const emit = (event: ApiEvent, raw: unknown): void => {
    const parsed = events[event].safeParse(raw);
    if (!parsed.success) {
      console.warn(`Copydesk ignored a malformed ${event} event.`, parsed.error.issues);
      return;
    }
    for (const listener of listeners.get(event) ?? []) listener(parsed.data);
  };
  return { subscribe, emit };
}

import { EVENTS_PATH, type EventSubscriber } from '../../shared/api/events';
import { API_EVENTS } from '../../shared/api/methods';
import { TOKEN_QUERY } from '../../shared/api/http';
import { createEventHub } from './eventHub';

/**
 * The twin's events arrive as server-sent events. EventSource reconnects by itself after the server restarts,
 * and only names registered with addEventListener are delivered, hence one listener per contract event.
 */
export function createWebEvents(token: string): EventSubscriber {
  const hub = createEventHub();
  const source = new EventSource(`${EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(token)}`);
  for (const name of API_EVENTS) {
    source.addEventListener(name, (message: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        console.warn(`Copydesk ignored a ${name} event that is not JSON.`);
        return;
      }
      hub.emit(name, payload);
    });
  }
  return hub.subscribe;
}

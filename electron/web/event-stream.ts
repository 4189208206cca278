import type { ServerResponse } from 'node:http';
import type { Unsubscribe } from '../../shared/api/events';
import { API_EVENTS } from '../../shared/api/methods';
import type { ServiceEvents } from '../main/services';

/** A comment line now and then keeps proxies and idle timers from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Relays every service event to one browser as server-sent events (`event: <name>` / `data: <json>`), until
 * the browser goes away. Returns a function that ends the stream (used at shutdown).
 */
export function openEventStream(res: ServerResponse, events: ServiceEvents): () => void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribes: Unsubscribe[] = API_EVENTS.map((event) =>
    events.on(event, (payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    }),
  );
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const close = () => {
    clearInterval(keepAlive);
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    if (!res.writableEnded) res.end();
  };
  res.on('close', close);
  return close;
}

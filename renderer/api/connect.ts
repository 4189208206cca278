import { BRIDGE_GLOBAL, type CopydeskBridge } from '../../shared/api/bridge';
import { createClient, type ApiClient } from '../../shared/api/client';
import type { EventSubscriber } from '../../shared/api/events';
import { API_EVENTS } from '../../shared/api/methods';
import { checkResult } from './checkResult';
import { createEventHub } from './eventHub';
import { takeToken } from './token';
import { createWebEvents } from './webEvents';
import { createWebTransport } from './webTransport';

/** How the UI reaches the services: Electron's preload, the browser twin, or neither (no token). */
export type Connection =
  | { kind: 'electron' | 'web'; api: ApiClient; on: EventSubscriber }
  | { kind: 'no-token' };

function isBridge(value: unknown): value is CopydeskBridge {
  return typeof value === 'object' && value !== null && typeof (value as { on?: unknown }).on === 'function';
}

/** Wraps the preload's bridge so its answers and events are checked exactly like the twin's. */
function fromBridge(bridge: CopydeskBridge): Connection {
  const api = createClient(async (method, input) => checkResult(method, await bridge[method](input as never)));
  const hub = createEventHub();
  for (const name of API_EVENTS) bridge.on(name, (payload) => hub.emit(name, payload));
  return { kind: 'electron', api, on: hub.subscribe };
}

/** The only place that looks at the preload global or the twin's token. */
export function connect(): Connection {
  const bridge: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (isBridge(bridge)) return fromBridge(bridge);
  const token = takeToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(null, '', url),
  });
  if (!token) return { kind: 'no-token' };
  return { kind: 'web', api: createClient(createWebTransport(token)), on: createWebEvents(token) };
}

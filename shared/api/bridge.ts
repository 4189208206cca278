import type { ApiClient } from './client';
import type { EventSubscriber } from './events';

/**
 * What the preload puts on `window[BRIDGE_GLOBAL]` in Electron: exactly the contract's methods plus the
 * event subscription, nothing else. The browser twin's transport offers the renderer the same shape.
 */
export type CopydeskBridge = ApiClient & { on: EventSubscriber };
export const BRIDGE_GLOBAL = 'copydesk';

/**
 * A function the page puts on `window[FLUSH_SAVES_GLOBAL]`, resolving once every pending draft save has
 * reached the services. Electron's main process calls it (webContents.executeJavaScript) before a window
 * closes, since a save started on `pagehide` could be cut off with the page.
 */
export const FLUSH_SAVES_GLOBAL = 'copydeskFlushSaves';

import type { ApiClient } from './client';
import type { EventSubscriber } from './events';

/**
 * What the preload puts on `window[BRIDGE_GLOBAL]` in Electron: exactly the contract's methods plus the
 * event subscription, nothing else. The browser twin's transport offers the renderer the same shape.
 */
export type CopydeskBridge = ApiClient & { on: EventSubscriber };
export const BRIDGE_GLOBAL = 'copydesk';

import type { AppCommand } from '../../shared/api/events';

const isMac = (platform: string): boolean => /mac|iphone|ipad/i.test(platform);

const currentPlatform = (): string => (typeof navigator === 'undefined' ? '' : navigator.platform);

/** The key combination as shown to people (⌘F, Ctrl+F) or as aria-keyshortcuts wants it (Meta+F, Control+F). */
export function shortcutLabel(key: string, form: 'display' | 'aria', platform = currentPlatform()): string {
  if (form === 'aria') return `${isMac(platform) ? 'Meta' : 'Control'}+${key}`;
  return isMac(platform) ? `⌘${key}` : `Ctrl+${key}`;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const byKey: Record<string, AppCommand> = { f: 'focus-search', s: 'save-draft', e: 'export', '1': 'show-copy', '2': 'show-compare', '3': 'show-merge' };
/** With Shift added, the same menu accelerators as Electron's (CmdOrCtrl+Shift+E). */
const byShiftKey: Record<string, AppCommand> = { e: 'export-many' };

/**
 * In-page shortcuts resolve to the same commands as Electron's menu accelerators, so one handler serves
 * both; the primary modifier is ⌘ on macOS and Ctrl elsewhere, as users of each system expect.
 */
export function shortcutCommand(event: KeyLike, platform = currentPlatform()): AppCommand | null {
  const key = event.key.toLowerCase();
  if (primaryOnly(event, platform)) return byKey[key] ?? null;
  // Spelled out, not spread: a DOM KeyboardEvent's modifier flags are prototype getters that a spread drops.
  const { ctrlKey, metaKey, altKey } = event;
  if (event.shiftKey && primaryOnly({ key: event.key, ctrlKey, metaKey, altKey, shiftKey: false }, platform)) return byShiftKey[key] ?? null;
  return null;
}

/** Only the primary modifier is held (⌘ on macOS, Ctrl elsewhere): the test every in-page shortcut shares. */
function primaryOnly(event: KeyLike, platform: string): boolean {
  const primary = isMac(platform) ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return primary && !event.altKey && !event.shiftKey;
}

/** Ctrl/⌘ + `key`, for shortcuts that belong to one view (the Merge tab's save) rather than the app menu. */
export const isPrimaryShortcut = (event: KeyLike, key: string, platform = currentPlatform()): boolean =>
  primaryOnly(event, platform) && event.key.toLowerCase() === key.toLowerCase();

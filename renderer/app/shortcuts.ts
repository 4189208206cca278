import type { AppCommand } from '../../shared/api/events';

const isMac = (platform: string): boolean => /mac|iphone|ipad/i.test(platform);

const currentPlatform = (): string => (typeof navigator === 'undefined' ? '' : navigator.platform);

/** The key combination as shown to people (⌘F, Ctrl+F) or as aria-keyshortcuts wants it (Meta+F, Control+F). */
export function shortcutLabel(key: string, form: 'display' | 'aria', platform = currentPlatform()): string {
  if (form === 'aria') return `${isMac(platform) ? 'Meta' : 'Control'}+${key}`;
  return isMac(platform) ? `⌘${key}` : `Ctrl+${key}`;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const byKey: Record<string, AppCommand> = { f: 'focus-search', s: 'save-draft', '1': 'show-copy', '2': 'show-compare', '3': 'show-merge' };

/**
 * In-page shortcuts resolve to the same commands as Electron's menu accelerators, so one handler serves
 * both; the primary modifier is ⌘ on macOS and Ctrl elsewhere, as users of each system expect.
 */
export function shortcutCommand(event: KeyLike, platform = currentPlatform()): AppCommand | null {
  return primaryOnly(event, platform) ? (byKey[event.key.toLowerCase()] ?? null) : null;
}

/** Only the primary modifier is held (⌘ on macOS, Ctrl elsewhere): the test every in-page shortcut shares. */
function primaryOnly(event: KeyLike, platform: string): boolean {
  const primary = isMac(platform) ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return primary && !event.altKey && !event.shiftKey;
}

/** Ctrl/⌘ + `key`, for shortcuts that belong to one view (the Merge tab's save) rather than the app menu. */
export const isPrimaryShortcut = (event: KeyLike, key: string, platform = currentPlatform()): boolean =>
  primaryOnly(event, platform) && event.key.toLowerCase() === key.toLowerCase();

import type { AppCommand } from '../../shared/api/events';
import { formatKeys, shortcutPlatform } from '../../shared/ui/format-keys';
import { shortcutsFor } from '../../shared/ui/shortcuts-table';

const currentPlatform = (): string => (typeof navigator === 'undefined' ? '' : navigator.platform);
const isMac = (platform: string): boolean => shortcutPlatform(platform) === 'mac';

/** The key combination as shown to people (⌘F, Ctrl+F) or as aria-keyshortcuts wants it (Meta+F, Control+F). */
export function shortcutLabel(key: string, form: 'display' | 'aria', platform = currentPlatform()): string {
  if (form === 'aria') return `${isMac(platform) ? 'Meta' : 'Control'}+${key}`;
  return formatKeys(`CmdOrCtrl+${key}`, shortcutPlatform(platform));
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { code?: string };

// Accelerator key names (Electron's) that KeyboardEvent.key spells differently.
const EVENT_KEYS: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight', Space: ' ', Menu: 'ContextMenu' };

/**
 * Whether a key press is the accelerator ("CmdOrCtrl+Shift+E") on the platform: CmdOrCtrl is ⌘ on macOS and
 * Ctrl elsewhere, and every other modifier must be exactly as written. Modifier flags are read one by one: a
 * DOM KeyboardEvent keeps them as prototype getters, which a spread would drop.
 */
export function matchesAccelerator(event: KeyLike, accelerator: string, platform = currentPlatform()): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const mac = isMac(platform);
  const primary = parts.includes('CmdOrCtrl');
  const wantCtrl = parts.includes('Ctrl') || (primary && !mac);
  const wantMeta = primary && mac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== parts.includes('Alt')) return false;
  // A symbol such as "?" or "/" needs Shift on some layouts and not on others: its character decides.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && event.shiftKey !== parts.includes('Shift')) return false;
  // Option changes the character macOS reports (⌥F gives "ƒ"): with Alt held, a letter is matched by physical key.
  if (event.altKey && /^[A-Z]$/i.test(key) && event.code === `Key${key.toUpperCase()}`) return true;
  return event.key.toLowerCase() === (EVENT_KEYS[key] ?? key).toLowerCase();
}

/**
 * The UI command a window-wide key press asks for: the rows of the shortcuts table the page handles, so the
 * in-page keys, Electron's menu accelerators and the Keyboard Shortcuts dialog all read one list. `inText`
 * says focus is in a text field, where a bare "?" is typing, not a shortcut.
 */
export function shortcutCommand(event: KeyLike, platform = currentPlatform(), inText = false): AppCommand | null {
  for (const shortcut of shortcutsFor(shortcutPlatform(platform))) {
    if (!shortcut.command || !shortcut.pageHandled) continue;
    // A bare character ("?") is typing while focus is in a text field.
    const live = shortcut.keys.filter((keys) => !(inText && keys.length === 1));
    if (live.some((keys) => matchesAccelerator(event, keys, platform))) return shortcut.command;
  }
  return null;
}

/** Ctrl/⌘ + `key`, for shortcuts that belong to one view (the Merge tab's save) rather than the app menu. */
export const isPrimaryShortcut = (event: KeyLike, key: string, platform = currentPlatform()): boolean =>
  matchesAccelerator(event, `CmdOrCtrl+${key}`, platform);

import type { ShortcutPlatform } from './shortcuts-table';

// macOS writes modifiers as symbols in a fixed order (⌃⌥⇧⌘) with no separator; Windows and Linux spell them
// out joined by "+". Accelerator names are Electron's; the displayed names are what keyboards print.
const MAC_MODIFIERS: Record<string, string> = { Ctrl: '⌃', Control: '⌃', Alt: '⌥', Option: '⌥', Shift: '⇧', CmdOrCtrl: '⌘', Cmd: '⌘', Command: '⌘' };
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];
const OTHER_MODIFIERS: Record<string, string> = { Ctrl: 'Ctrl', Control: 'Ctrl', Alt: 'Alt', Option: 'Alt', Shift: 'Shift', CmdOrCtrl: 'Ctrl', Cmd: 'Ctrl', Command: 'Ctrl' };
const OTHER_ORDER = ['Ctrl', 'Alt', 'Shift'];
const KEY_NAMES: Record<string, string> = { Up: '↑', Down: '↓', Left: '←', Right: '→', Escape: 'Esc' };
// A Mac keyboard prints "return" and "delete" where others print Enter and Backspace: its menus use these symbols.
const MAC_KEY_NAMES: Record<string, string> = { ...KEY_NAMES, Enter: '↩', Backspace: '⌫', Delete: '⌦' };

/** One accelerator as people read it: "⌘⇧E" on macOS, "Ctrl+Shift+E" elsewhere. */
export function formatKeys(accelerator: string, platform: ShortcutPlatform): string {
  const parts = accelerator.split('+');
  // A trailing "+" (the plus key itself) splits into two empty parts.
  const key = accelerator.endsWith('+') && accelerator.length > 1 ? '+' : (parts.pop() ?? '');
  const names = platform === 'mac' ? MAC_MODIFIERS : OTHER_MODIFIERS;
  const order = platform === 'mac' ? MAC_ORDER : OTHER_ORDER;
  const modifiers = parts.filter((part) => part !== '').map((part) => names[part] ?? part);
  modifiers.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const keyName = (platform === 'mac' ? MAC_KEY_NAMES : KEY_NAMES)[key] ?? key;
  return platform === 'mac' ? [...modifiers, keyName].join('') : [...modifiers, keyName].join('+');
}

/** The platform family from AppInfo.platform (process.platform) or navigator.platform. */
export const shortcutPlatform = (platform: string): ShortcutPlatform => (/^darwin$|mac|iphone|ipad/i.test(platform) ? 'mac' : 'other');

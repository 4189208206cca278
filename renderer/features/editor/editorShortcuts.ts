import { isPrimaryShortcut } from '../../app/shortcuts';

export type EditorShortcut = 'find' | 'replace' | 'link';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * The editor's own shortcuts: Ctrl/⌘+F find, Ctrl/⌘+H replace, Ctrl/⌘+K link. Replace also answers to
 * Ctrl/⌘+Alt+F, since ⌘H hides the app on macOS; that one is matched by physical key because Option
 * changes the character macOS reports ("ƒ").
 */
export function editorShortcut(event: KeyLike, platform?: string): EditorShortcut | null {
  if (isPrimaryShortcut(event, 'f', platform)) return 'find';
  if (isPrimaryShortcut(event, 'h', platform)) return 'replace';
  if ((event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyF') return 'replace';
  if (isPrimaryShortcut(event, 'k', platform)) return 'link';
  return null;
}

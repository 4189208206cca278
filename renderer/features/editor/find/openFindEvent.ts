/** Marks the element whose Ctrl/⌘+F opens the editor's find bar instead of the library search. */
export const FIND_SCOPE_ATTRIBUTE = 'data-find-scope';
export const OPEN_FIND_EVENT = 'copydesk:open-find';

/**
 * For the app's "Find in Library" command (Electron's menu accelerator reaches the page as a command, not a
 * key event the editor could stop): when focus is in a draft editor, its find bar opens instead. Returns
 * whether an editor took the command.
 */
export function openFindInFocusedEditor(): boolean {
  const scope = document.activeElement?.closest(`[${FIND_SCOPE_ATTRIBUTE}]`);
  if (!scope) return false;
  scope.dispatchEvent(new CustomEvent(OPEN_FIND_EVENT));
  return true;
}

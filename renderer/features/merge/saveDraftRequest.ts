/**
 * "Save Draft" (Ctrl/⌘+S in the page, File ▸ Save Draft in Electron's menu) arrives as an app command in the
 * shell, which does not know which draft is open: it is passed on as a window event that the open draft's
 * workspace answers with a checkpoint save. With no draft open nobody listens, and nothing happens.
 */
const SAVE_DRAFT_EVENT = 'copydesk:save-draft';

export const requestDraftSave = (): void => void window.dispatchEvent(new Event(SAVE_DRAFT_EVENT));

export function onDraftSaveRequest(listener: () => void): () => void {
  window.addEventListener(SAVE_DRAFT_EVENT, listener);
  return () => window.removeEventListener(SAVE_DRAFT_EVENT, listener);
}

/**
 * File ▸ Export… (Ctrl/⌘+E, Electron's menu) arrives as an app command in the shell, which does not know which
 * draft the Merge tab shows: it is passed on as a window event that the open draft's workspace answers by
 * opening its export dialog. The event is cancelable and the workspace cancels it, so the shell learns whether
 * anyone was there to answer and can say what to do when nobody was.
 */
const EXPORT_DRAFT_EVENT = 'copydesk:export-draft';

/** True when an open draft took the request. */
export const requestDraftExport = (): boolean => !window.dispatchEvent(new Event(EXPORT_DRAFT_EVENT, { cancelable: true }));

export function onDraftExportRequest(listener: () => void): () => void {
  const handle = (event: Event) => {
    event.preventDefault();
    listener();
  };
  window.addEventListener(EXPORT_DRAFT_EVENT, handle);
  return () => window.removeEventListener(EXPORT_DRAFT_EVENT, handle);
}

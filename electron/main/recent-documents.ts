import type { App } from 'electron';

/**
 * Every file or folder imported from a path joins the OS list of recent documents (macOS Dock and File ▸
 * Open Recent, Windows jump list; Linux has none and Electron ignores the call there). Choosing one comes
 * back as `open-file`, which imports it again.
 */
export function recordRecentDocuments(app: Pick<App, 'addRecentDocument'>, paths: readonly string[]): void {
  for (const file of paths) app.addRecentDocument(file);
}


import type { App, Session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/security/csp';

/** Where Copydesk's own page comes from: the composition root knows, every check here is measured against it. */
export interface AppPages {
  /** The built renderer (dist/renderer): index.html and every file it loads. */
  rendererDir: string;
  /** The Vite dev server (`npm run dev` only); undefined in every build. */
  devServerUrl: string | undefined;
}

/** The file a file:// URL names, or null for anything that is not a plain local file URL (other host, encoded '/'). */
function localFileOf(url: string): string | null {
  try {
    return path.resolve(fileURLToPath(url));
  } catch {
    return null;
  }
}

/** True when the file lies strictly inside the folder (not the folder itself, never above it). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), file);
  return relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}

/**
 * The dev server's own address, by parsed origin rather than string prefix (a prefix test would let
 * http://127.0.0.1:5173.evil.example pass); its hot-reload WebSocket too, when asked for requests.
 */
function isDevServer(url: string, devServerUrl: string | undefined, withSocket: boolean): boolean {
  if (devServerUrl === undefined) return false;
  try {
    const asked = new URL(url);
    const server = new URL(devServerUrl);
    const socket = server.protocol === 'https:' ? 'wss:' : 'ws:';
    return asked.host === server.host && (asked.protocol === server.protocol || (withSocket && asked.protocol === socket));
  } catch {
    return false;
  }
}

/**
 * True for the requests the page may make: files of the built renderer, data: images and fonts, DevTools, and
 * in development the Vite server. On a file:// page CSP's 'self' matches every file:// URL on the disk, so
 * this filter, not the CSP, is what keeps the page from loading /etc/passwd or a user's own files.
 */
export function isLocalUrl(url: string, pages: AppPages): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:')) return true;
  if (url.startsWith('file:')) {
    const file = localFileOf(url);
    return file !== null && isInside(file, pages.rendererDir);
  }
  return isDevServer(url, pages.devServerUrl, true);
}

/** True only for Copydesk's own page (index.html of the renderer, or the dev server): the one URL IPC answers. */
export function isAppPage(url: string, pages: AppPages): boolean {
  if (pages.devServerUrl !== undefined) return isDevServer(url, pages.devServerUrl, false);
  if (!url.startsWith('file:')) return false;
  return localFileOf(url) === path.resolve(pages.rendererDir, 'index.html');
}

/** Longest link handed to the system browser; a longer one is not a story link but a payload. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The web link a click in the page may open in the user's browser, normalised, or null. Only http(s), and no
 * user:password@ part, which is how a link disguises its real host (https://agency.example@evil.example/).
 */
export function externalLink(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/**
 * The one permission the page may have: writing to the clipboard (the export dialog's "Copy as rich text" uses
 * navigator.clipboard.write, which Chromium gates behind it). Reading the clipboard stays refused: a page that
 * could read it would see whatever else the user copied.
 */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

export const isAllowedPermission = (permission: string): boolean => permission === ALLOWED_PERMISSION;

/** Blocks every request outside the app's pages, adds the CSP header, and refuses every permission but clipboard writing. */
export function lockDownSession(session: Session, pages: AppPages): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalUrl(details.url, pages) });
  });
  const policy = (pages.devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY) + HEADER_ONLY_DIRECTIVES;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(isAllowedPermission(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => isAllowedPermission(permission));
}

/**
 * Every web contents created after the main window (a future window, a page some feature opens) gets the
 * same refusals, so nothing can appear with a weaker posture than the window's own (see window.ts).
 */
export function lockDownEveryWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/security/csp';

/** True for the app's own files and, in development, the local Vite server; everything else is remote. */
export function isLocalUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  return devServerUrl !== undefined && url.startsWith(devServerUrl);
}

/**
 * The one permission the page may have: writing to the clipboard (the export dialog's "Copy as rich text" uses
 * navigator.clipboard.write, which Chromium gates behind it). Reading the clipboard stays refused: a page that
 * could read it would see whatever else the user copied.
 */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

export const isAllowedPermission = (permission: string): boolean => permission === ALLOWED_PERMISSION;

/** Blocks every non-local request, adds the CSP header, and refuses every permission but clipboard writing. */
export function lockDownSession(session: Session, devServerUrl: string | undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalUrl(details.url, devServerUrl) });
  });
  const policy = (devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY) + HEADER_ONLY_DIRECTIVES;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(isAllowedPermission(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => isAllowedPermission(permission));
}

import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/security/csp';

/** Exactly the policy the Electron session sends, so the twin cannot hide a CSP violation the app would hit. */
export const WEB_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES;

/** The headers every answer of the browser twin carries: the Electron window's CSP, and no sniffing or leaks. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

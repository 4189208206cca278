/**
 * The Content-Security-Policy of every page Copydesk shows: one string for the Electron session's header,
 * the browser twin's header and the meta tag Vite writes into index.html (file:// loads have no headers).
 * Scripts only from the app itself; 'unsafe-inline' for styles only, which React's style attributes need.
 */
const directives = (scriptSrc: string, connectSrc: string): string =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = directives("'self'", "'self'");

/**
 * Development only (`npm run dev`): Vite's React refresh preamble is an inline script and hot reload talks
 * over a WebSocket. Never used by a build.
 */
export const DEV_CONTENT_SECURITY_POLICY = directives("'self' 'unsafe-inline'", "'self' ws://127.0.0.1:* ws://localhost:*");

/** frame-ancestors is ignored in a meta tag, so it is sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = "; frame-ancestors 'none'";

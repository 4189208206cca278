/**
 * Link schemes an exported article may carry. Anything else (javascript:, data:, file:, relative paths from a
 * scraped page) would either run in the reader's app or point nowhere, so the words stay and the link goes.
 */
const SAFE_SCHEME = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** The link trimmed when it is http(s) or mailto, else null. */
export function safeHref(url: string | null): string | null {
  const trimmed = url?.trim() ?? '';
  return SAFE_SCHEME.test(trimmed) ? trimmed : null;
}

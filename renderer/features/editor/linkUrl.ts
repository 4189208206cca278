/**
 * Which link targets an article may carry. Only web and mail links survive: a `javascript:` or `data:` link
 * pasted from a scraped page would run or load something when the exported article is opened, and file or
 * app links mean nothing to readers.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Longer than any real article link; refusing more keeps a pasted blob out of the href. */
export const MAX_LINK_LENGTH = 2048;

/** True for an absolute http(s) or mailto URL with no whitespace or control characters in it. */
export function isSafeLinkUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_LINK_LENGTH) return false;
  // Browsers strip tabs and newlines inside a scheme ("java\nscript:"), so any such character is refused
  // rather than trusting URL parsing to see what a browser would.
  if (/[\s\p{Cc}]/u.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
  return parsed.hostname.length > 0;
}

export type LinkInput = { ok: true; url: string } | { ok: false; problem: string };

/**
 * What the link dialog stores for what was typed: sub-editors type "bbc.co.uk/news" or an address, so a bare
 * domain gets https:// and a bare address mailto: before the same check as pasted links.
 */
export function readLinkInput(input: string): LinkInput {
  const typed = input.trim();
  if (typed === '') return { ok: false, problem: 'Type a web address or an email address.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed);
  const url = hasScheme ? typed : /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(typed) ? `mailto:${typed}` : `https://${typed}`;
  if (isSafeLinkUrl(url)) return { ok: true, url };
  if (hasScheme && !/^(https?|mailto):/i.test(typed)) return { ok: false, problem: 'Only web (http, https) and email (mailto) links are allowed.' };
  return { ok: false, problem: `“${typed.slice(0, 80)}” is not a web or email address.` };
}

import { safeHref } from './safe-href';
import type { ExportMeta, ExportSource } from './types';
import { LONE_SURROGATE } from './xml-writer';

/**
 * Identifiers for feed formats. Draft and copy ids are local, not URIs, so they go into a urn namespace of
 * our own, percent-encoded so any id (spaces, slashes) still makes a valid URI.
 */

// encodeURIComponent throws on a lone surrogate; an id is never worth failing an export, so it becomes U+FFFD.
const encodeId = (id: string): string => encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD'));
// Characters a scraped address may hold that RFC 3986 does not allow literally.
const NOT_URI_CHAR = /[^\x21-\x7E]|["<>\\^`{|}]/gu;

export const itemUri = (meta: ExportMeta): string => `urn:copydesk:draft:${encodeId(meta.id)}`;

/** The copy's own address when it is a safe link (http(s) or mailto), percent-encoded where needed; else null. */
export function sourceAddress(source: ExportSource): string | null {
  const href = safeHref(source.url);
  return href ? href.replace(LONE_SURROGATE, '\uFFFD').replace(NOT_URI_CHAR, (c) => encodeURIComponent(c)) : null;
}

/** The copy's identity as a urn, whatever its address. */
export const sourceId = (source: ExportSource): string => `urn:copydesk:copy:${encodeId(source.copyId)}`;

/** One URI for a source: its address when it has a safe one, else its urn. */
export const sourceUri = (source: ExportSource): string => sourceAddress(source) ?? sourceId(source);

/** How a source is named to readers: its outlet, else its headline, else its id. */
export const sourceName = (source: ExportSource): string => source.outlet ?? source.headline ?? source.copyId;

// xs:language (BCP 47 shaped); a tag that is not one is left out of XML rather than making the document invalid.
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** meta.language when it is a well-formed language tag, else null. */
export const languageTag = (meta: ExportMeta): string | null => (LANGUAGE_TAG.test(meta.language) ? meta.language : null);

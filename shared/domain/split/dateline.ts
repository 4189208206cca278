/**
 * Wire datelines open the first paragraph: a place in capitals, optionally a date and the agency in brackets,
 * then a dash ("LONDON (Agency) —", "WASHINGTON, Nov 3 (Wire) -"). The capitals are what make the shape
 * safe: ordinary sentences do not start with an all-capitals word followed by a dash.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*(?:,\s*[^—–()\n]{1,30}?)?(?:\s*\([^)]{1,40}\))?)\s*(?:—|–|--|-)\s+\S/u;

/** The dateline that opens `paragraph`, without its dash, or null. */
export function datelineOf(paragraph: string): string | null {
  return DATELINE.exec(paragraph)?.[1]?.trim() ?? null;
}

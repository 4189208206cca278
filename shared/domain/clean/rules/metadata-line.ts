import { isNameShaped, timeAtEnd, wordTokens } from '../../text';
import { nearestNonBlank, type LineInfo, type MetaLine } from '../line-info';

/**
 * Metadata lines: outlet, time and byline lines, in the shapes pages print them — a proper-noun phrase glued
 * to or followed by a time ("Leader Live14 hours ago", "Sky News · 6h"), a label glued to a time (an icon's
 * alt text: "time2 hours ago"), "By Name[, Title][ · time]", or a bullet before a name ("• Sky News"). Every
 * aggregator and newspaper template prints some of these; none of it depends on the names themselves.
 */

const BULLET = /^[•·▪◦‣►*\-–—]\s*/u;
// Case matters for the name ("By the end..." is a sentence), so no i flag: the word "by" is matched in both cases.
const BYLINE = /^(?:[Bb]y|BY)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|la|le|and|&))*(?:\s*,\s*[\p{L} &'’-]{2,60})?)$/u;

function bylineOf(text: string): string | null {
  const m = BYLINE.exec(text.trim());
  return m && wordTokens(m[1]!).length <= 12 ? m[1]!.trim() : null;
}

/**
 * One capitalised word before a time is a field caption ("Updated 3 hours ago") unless it is set apart by a
 * separator ("Reuters · 3h") or glued to the time as scraped cards do ("Reuters3h"); longer names always count.
 */
function namesAnOutlet(line: string, prefix: string): boolean {
  if (prefix.trim().split(/\s+/).length > 1) return true;
  const between = line.slice(prefix.length, line.length).match(/^[^\p{L}\p{N}]*/u)?.[0] ?? '';
  return between === '' || /[·•|\-–—,:]/u.test(between);
}

/** Reads a line as metadata on its own (without looking at its neighbours), or null. */
export function parseMetaLine(line: string): MetaLine | null {
  const text = line.trim();
  if (!text || text.length > 120) return null;
  const time = timeAtEnd(text);
  if (time) {
    const prefix = time.prefix.replace(BULLET, '');
    if (!prefix) return { outlet: null, published: time.printed, byline: null };
    const byline = bylineOf(prefix);
    if (byline) return { outlet: null, published: time.printed, byline };
    if (isNameShaped(prefix, 5) && namesAnOutlet(text, time.prefix)) return { outlet: prefix, published: time.printed, byline: null };
    // A short label before the time ("time", "Updated", "Posted on") is an icon's text or a field caption, and
    // so is a caption ending in a colon with a clock after it ("Published: 10:15 AM EST, Thu Nov 27, 2026").
    const caption = wordTokens(prefix).length <= 2 || /^[\p{L} ]{2,24}:\s*\d{1,2}[:.]\d{2}/u.test(prefix);
    if (caption && !/[.!?]$/.test(prefix)) return { outlet: null, published: time.printed, byline: null };
    return null;
  }
  const byline = bylineOf(text);
  if (byline) return { outlet: null, published: null, byline };
  if (BULLET.test(text)) {
    const name = text.replace(BULLET, '');
    if (isNameShaped(name)) return { outlet: name, published: null, byline: null };
  }
  return null;
}

/**
 * A bare name line is an outlet when a time line follows it, or a bulleted copy of the same name sits next to
 * it: that is how cards attribute copy. A name after a time line is not taken, because that is where the
 * next section's title ("Most Read") sits when an article ends with its time.
 */
export function outletNextToTime(line: LineInfo, page: readonly LineInfo[]): MetaLine | null {
  if (line.meta || line.prose || !isNameShaped(line.text)) return null;
  const before = nearestNonBlank(page, line.index, -1);
  const after = nearestNonBlank(page, line.index, 1);
  const attributes = after?.meta?.published != null || [before, after].some((n) => n?.meta?.outlet === line.text);
  return attributes ? { outlet: line.text, published: null, byline: null } : null;
}

import { EXPORT_FORMATS, exportFormat, type ExportFormatId } from './export-formats';

/** Longest slug, in characters; also at most MAX_SLUG_BYTES of UTF-8, so "slug-9999.ninjs1.json" fits any file system's 255 bytes. */
const MAX_SLUG_CHARS = 80;
const MAX_SLUG_BYTES = 200;
/** Names Windows reserves for devices whatever their extension ("con.txt" cannot be created). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const UNTITLED = 'untitled';

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * A file name stem from a headline: lower case, letters and digits of any script (with the marks their scripts
 * need) joined by "-". Accents are folded only on Latin letters ("Café" → "cafe"): on other scripts a combining mark
 * is part of the letter (Cyrillic "й", Devanagari vowel signs). Cut to MAX_SLUG_CHARS at a word boundary where
 * there is one; "untitled" when nothing is left; a Windows device name gets "-article".
 */
export function headlineSlug(headline: string): string {
  const folded = headline
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .toLowerCase()
    .normalize('NFC')
    // "Police's" is one word to a reader, so "polices", not "police-s".
    .replace(/(?<=[\p{L}\p{N}])['\u2019](?=[\p{L}\p{N}])/gu, '');
  const words = folded.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length <= MAX_SLUG_CHARS && utf8Length(next) <= MAX_SLUG_BYTES) slug = next;
    else {
      // One word longer than the budget (a CJK headline has no spaces): cut it, by whole characters.
      if (!slug) for (const char of word) if ([...slug].length < MAX_SLUG_CHARS && utf8Length(slug + char) <= MAX_SLUG_BYTES) slug += char;
      break;
    }
  }
  if (!slug) return UNTITLED;
  return WINDOWS_RESERVED.test(slug) ? `${slug}-article` : slug;
}

/** "slug.ext" for a headline in a format, with the format's own extension (txt, md, ninjs.json, nitf.xml…). */
export const exportFilename = (headline: string, format: ExportFormatId): string => `${headlineSlug(headline)}.${exportFormat(format)!.extension}`;

// Longest first, so "x.ninjs.json" is split at ".ninjs.json", not ".json".
const EXTENSIONS = EXPORT_FORMATS.map((f) => `.${f.extension}`).sort((a, b) => b.length - a.length);

/**
 * The n-th name for a file that exists: "slug-2.ext", the extension kept whole as exportFilename makes it
 * ("x.ninjs.json" → "x-2.ninjs.json"); another name is numbered before its last extension, or at its end.
 */
export function numberedFilename(filename: string, n: number): string {
  const known = EXTENSIONS.find((ext) => filename.length > ext.length && filename.endsWith(ext));
  const dot = known ? filename.length - known.length : filename.lastIndexOf('.');
  const at = dot > 0 ? dot : filename.length;
  return `${filename.slice(0, at)}-${n}${filename.slice(at)}`;
}

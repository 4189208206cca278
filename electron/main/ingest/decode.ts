import iconv from 'iconv-lite';
import { binaryKind } from '../../../shared/domain/extract/binary-signature';

/**
 * Bytes → text for imported files. Newsroom files arrive as UTF-8 (with or without a byte-order mark), as
 * UTF-16 from Windows tools (always with a BOM), or as Windows-1252 from older systems. UTF-8 is tried
 * strictly first: a Windows-1252 file with typographic quotes is almost never valid UTF-8, while a UTF-8 file
 * read as Windows-1252 would silently turn ‘ ’ “ ” – — into mojibake. Anything with NUL bytes or many control
 * characters is binary (an image, a PDF, a zip) and is refused rather than imported as garbage.
 */

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Share of control characters (other than tab, line breaks and form feed) above which content is binary. */
const MAX_CONTROL_SHARE = 0.01;
// Bytes Windows-1252 leaves undefined: text in that encoding never contains them.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Tab, line feed, form feed and carriage return are the control characters text files legitimately hold.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

function refuseControlCharacters(text: string): string {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !TEXT_CONTROLS.has(c)) || c === 0x7f) controls++;
  }
  if (text.includes('\u0000') || controls > Math.max(1, text.length * MAX_CONTROL_SHARE)) {
    throw new DecodeError('binary content (control characters), not text');
  }
  return text;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes file bytes to text, or throws DecodeError saying why the bytes are not text (callers add the file name). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: refuseControlCharacters(iconv.decode(buffer.subarray(2), 'utf-16le')), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: refuseControlCharacters(iconv.decode(buffer.subarray(2), 'utf-16be')), encoding: 'utf-16be' };
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    const text = strictUtf8(buffer.subarray(3));
    if (text === null) throw new DecodeError('invalid UTF-8 after a UTF-8 byte-order mark');
    return { text: refuseControlCharacters(text), encoding: 'utf-8-bom' };
  }
  if (buffer.includes(0)) throw new DecodeError(`binary content (${binaryKind(buffer) ?? 'NUL bytes'}), not text`);
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return { text: refuseControlCharacters(utf8), encoding: 'utf-8' };
  if (buffer.some((b) => UNDEFINED_1252.has(b))) throw new DecodeError('neither UTF-8 nor Windows-1252 text (undefined bytes)');
  return { text: refuseControlCharacters(iconv.decode(buffer, 'windows-1252')), encoding: 'windows-1252' };
}

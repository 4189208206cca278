import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from './decode';

// Typographic characters that a wrong guess at the encoding would mangle.
const TYPOGRAPHY = 'The Met’s ‘policy’ – “unlawful” — café';

const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p as Uint8Array))));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(bytes(Buffer.from(TYPOGRAPHY, 'utf8')))).toEqual({ text: TYPOGRAPHY, encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], Buffer.from(TYPOGRAPHY, 'utf8')))).toEqual({ text: TYPOGRAPHY, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    const le = Buffer.from(TYPOGRAPHY, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(bytes([0xff, 0xfe], le))).toEqual({ text: TYPOGRAPHY, encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff], be))).toEqual({ text: TYPOGRAPHY, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 without mangling quotes and dashes', () => {
    const cp1252 = iconv.encode(TYPOGRAPHY, 'windows-1252');
    expect(cp1252.includes(0x92)).toBe(true); // ’ is one byte in Windows-1252, invalid as UTF-8
    expect(decodeText(bytes(cp1252))).toEqual({ text: TYPOGRAPHY, encoding: 'windows-1252' });
  });

  it('refuses binary content', () => {
    expect(() => decodeText(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow('binary content (a PNG image), not text');
    expect(() => decodeText(bytes(Buffer.from('ab'), [0x00], Buffer.from('cd')))).toThrow('binary content (NUL bytes), not text');
    expect(() => decodeText(bytes(Buffer.from('text'), [1, 2, 3, 4, 5, 6], Buffer.from('more')))).toThrow(DecodeError);
    expect(() => decodeText(bytes([0x41, 0x81, 0x42]))).toThrow(/undefined bytes/);
    expect(() => decodeText(bytes([0xef, 0xbb, 0xbf, 0xff, 0x41]))).toThrow(/invalid UTF-8/);
  });
});

import { describe, expect, it } from 'vitest';
import { dosDateTime, pinZipTimes } from './zip-times';

// A zip archive with one stored entry "a" holding "x", stamped 2001-02-03 04:05:06 (built by hand, APPNOTE 4.3).
function oneEntryZip(): Uint8Array {
  const bytes = new Uint8Array(30 + 1 + 1 + 46 + 1 + 22);
  const view = new DataView(bytes.buffer);
  const stamp = dosDateTime('2001-02-03T04:05:06Z');
  view.setUint32(0, 0x04034b50, true);
  view.setUint32(10, stamp, true);
  view.setUint16(26, 1, true);
  bytes[30] = 0x61;
  bytes[31] = 0x78;
  const central = 32;
  view.setUint32(central, 0x02014b50, true);
  view.setUint32(central + 12, stamp, true);
  view.setUint16(central + 28, 1, true);
  view.setUint32(central + 42, 0, true);
  bytes[central + 46] = 0x61;
  const end = central + 47;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, 47, true);
  view.setUint32(end + 16, central, true);
  return bytes;
}

describe('dosDateTime', () => {
  it('packs the UTC date and time in MS-DOS form, seconds halved', () => {
    expect(dosDateTime('2026-11-27T14:30:07+00:00')).toBe((((2026 - 1980) << 25) | (11 << 21) | (27 << 16) | (14 << 11) | (30 << 5) | 3) >>> 0);
    expect(dosDateTime('2026-11-27T14:30:00+01:00')).toBe(dosDateTime('2026-11-27T13:30:00Z'));
  });

  it('falls back to 1980-01-01 for a time it cannot hold', () => {
    const epoch = (1 << 21) | (1 << 16);
    expect([dosDateTime('yesterday'), dosDateTime('1970-01-01T00:00:00Z'), dosDateTime('2200-01-01T00:00:00Z')]).toEqual([epoch, epoch, epoch]);
  });
});

describe('pinZipTimes', () => {
  it('sets the stamp in the local header and the central directory, and nothing else', () => {
    const zip = oneEntryZip();
    const before = Uint8Array.from(zip);
    const stamp = dosDateTime('2026-11-27T14:30:00Z');
    expect(pinZipTimes(zip, stamp)).toBe(true);
    const view = new DataView(zip.buffer);
    expect([view.getUint32(10, true), view.getUint32(32 + 12, true)]).toEqual([stamp, stamp]);
    const changed = [...zip].flatMap((byte, i) => (byte === before[i] ? [] : [i]));
    expect(changed.every((i) => (i >= 10 && i < 14) || (i >= 44 && i < 48))).toBe(true);
  });

  it('leaves bytes that are not such an archive untouched', () => {
    const text = new TextEncoder().encode('not a zip archive at all, just some words');
    expect(pinZipTimes(text, 1)).toBe(false);
    const broken = oneEntryZip();
    new DataView(broken.buffer).setUint32(32, 0, true);
    const copy = Uint8Array.from(broken);
    expect(pinZipTimes(broken, 1)).toBe(false);
    expect(broken).toEqual(copy);
  });
});

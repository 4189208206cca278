/**
 * Zip writers stamp each entry with the time of packing (MS-DOS date and time, local to the machine), so the same
 * article packed twice gives different bytes. Pinning every stamp to the export time keeps exports reproducible.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;

/** MS-DOS date and time (2-second steps, years 1980-2107) of an ISO time, read as UTC; 1980-01-01 when it has none. */
export function dosDateTime(iso: string): number {
  const time = new Date(iso);
  const year = time.getUTCFullYear() - 1980;
  if (Number.isNaN(time.getTime()) || year < 0 || year > 127) return (1 << 21) | (1 << 16);
  const date = (year << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate();
  const clock = (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1);
  return ((date << 16) | clock) >>> 0;
}

/**
 * Sets every entry's time in a zip archive without a comment (as docx writes it) to `stamp`, in place, in both its
 * local header and its central directory record. The stamps sit outside the compressed data and its CRC, so
 * the archive stays valid. Returns false, untouched, when the bytes are not such an archive.
 */
export function pinZipTimes(zip: Uint8Array, stamp: number): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - EOCD_SIZE;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) return false;
  const count = view.getUint16(end + 10, true);
  const places: number[] = [];
  for (let at = view.getUint32(end + 16, true), n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return false;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > end || view.getUint32(local, true) !== LOCAL_HEADER) return false;
    places.push(at + 12, local + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  // Checked whole before writing, so a damaged archive is never left half-stamped.
  for (const place of places) {
    view.setUint16(place, stamp & 0xffff, true);
    view.setUint16(place + 2, stamp >>> 16, true);
  }
  return true;
}

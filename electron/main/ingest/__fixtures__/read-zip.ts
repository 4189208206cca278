import { inflateRawSync } from 'node:zlib';

/**
 * Test helper: each entry of a zip archive (as docx writes it: no comment, stored or deflated) with its DOS time
 * stamp and text, for tests that look inside exported Word files. The reading counterpart of make-zip.ts.
 */
export function zipFiles(zip: Uint8Array): Map<string, { stamp: number; text: string }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const files = new Map<string, { stamp: number; text: string }>();
  for (let at = view.getUint32(end + 16, true), n = view.getUint16(end + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + view.getUint32(at + 20, true));
    const bytes = view.getUint16(at + 10, true) === 8 ? inflateRawSync(data) : data;
    files.set(name, { stamp: view.getUint32(at + 12, true), text: new TextDecoder().decode(bytes) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

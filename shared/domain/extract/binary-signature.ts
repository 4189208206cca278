/**
 * What a binary file is, from its first bytes, so a refusal can say "is a PNG image" rather than only "not
 * text". Covers what people actually drop on an importer by mistake.
 */
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['an old Word (.doc) or Office file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RIFF media file (WebP, WAV or AVI)', [0x52, 0x49, 0x46, 0x46]],
];

/** "a PNG image", "a zip archive", … or null when the bytes start like none of them. */
export function binaryKind(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  return match ? match[0] : null;
}

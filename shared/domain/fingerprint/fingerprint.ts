import { foldTypography, hash64Hex } from '../text';

/**
 * The content fingerprint behind duplicate detection: the same copy imported again (from another format,
 * re-wrapped, with curly instead of straight quotes, en dashes instead of hyphens, or different paragraph
 * breaks) gives the same fingerprint. Case and words count; any edit to the words gives another.
 */
export function fingerprint(paragraphs: readonly string[]): string {
  return `fp1:${hash64Hex(foldTypography(paragraphs.join(' ')))}`;
}

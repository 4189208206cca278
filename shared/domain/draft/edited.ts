import { foldTypography } from '../text';

/** A space before closing punctuation: house style removes it, and removing it is not a change of wording. */
const SPACE_BEFORE_PUNCTUATION = /\s+(?=[,.;:!?])/g;

/**
 * Whether a passage's text is the sub-editor's rather than the outlets': it no longer says what the merged
 * wording said. Typography (quote and dash style, ellipses, spacing) does not count, so applying house style
 * does not mark every passage edited and hide the ones whose words were changed.
 */
export function isEditedWording(text: string, wording: string): boolean {
  if (text === wording) return false;
  const fold = (value: string) => foldTypography(value).replace(SPACE_BEFORE_PUNCTUATION, '');
  return fold(text) !== fold(wording);
}

import type { DraftFields } from '../draft';

/** The article's one-line fields in reading order. */
export const FIELD_ORDER = ['headline', 'standfirst', 'byline', 'dateline'] as const;

/** The article's one-line fields that are set, trimmed, in reading order; blank ones are left out of every format. */
export function headerFields(fields: DraftFields): Partial<DraftFields> {
  const set: Partial<DraftFields> = {};
  for (const key of FIELD_ORDER) {
    const value = fields[key].trim();
    if (value) set[key] = value;
  }
  return set;
}

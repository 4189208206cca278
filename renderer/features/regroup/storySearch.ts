import type { StorySummary } from '../../../shared/domain/model';
import { wordsOf } from '../../../shared/domain/text/fold';

/** Stories listed in a picker at once; the search narrows a large library to what fits. */
export const PICKER_BUDGET = 100;

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');
const wordsFor = (text: string): string[] => wordsOf(stripAccents(text));

export interface StoryMatches {
  stories: StorySummary[];
  /** How many matched in all, which can be more than the budget lets through. */
  total: number;
}

/**
 * Stories whose headline or outlets contain every word of the query as a word start (so "pol" finds
 * "Police"), ignoring case and accents, newest first, at most `limit`. `exclude` leaves out the story the
 * copy is already in.
 */
export function matchStories(stories: readonly StorySummary[], query: string, exclude: string | null = null, limit = PICKER_BUDGET): StoryMatches {
  const wanted = wordsFor(query);
  const matches = stories.filter((story) => {
    if (story.id === exclude) return false;
    if (wanted.length === 0) return true;
    const words = wordsFor([story.headline ?? '', ...story.outlets].join(' '));
    return wanted.every((w) => words.some((word) => word.startsWith(w)));
  });
  const newest = (story: StorySummary) => story.newestAt ?? story.updatedAt;
  matches.sort((a, b) => newest(b).localeCompare(newest(a)));
  return { stories: matches.slice(0, limit), total: matches.length };
}

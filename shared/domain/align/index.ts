/**
 * Alignment of every version of one story, for the Compare tab's matrix view and the "what does each version
 * change" summary. Pure, deterministic and budgeted; pairwise changes come from domain/diff.
 *
 * API
 * - alignStory(versions, options?) → StoryAlignment. `versions` are StoryVersions ({ id, outlet, publishedAt,
 *   paragraphs }: AnalyzedArticle and WireCopy fit as they are), in import order. The result:
 *   - versions: the matrix columns, oldest first (published time where known, else import order), the newest
 *     flagged `newest`;
 *   - passages: the matrix rows in story order. A passage is one sentence across versions: `wordings` (its
 *     distinct wordings, oldest first), `in` (the versions having it), `everywhere`, and one cell per column
 *     { state: 'present' | 'absent' | 'variant', wording (index into wordings; hover text), sentence and
 *     paragraph (where the version has it: paragraph membership is metadata, never a change), moved };
 *   - steps: per version, relative to the version before it in time: `diff` (domain/diff's VersionDiff:
 *     changes, counts, or the "not one story" verdict; null for the first), a one-line `summary` from its
 *     counts ("adds 2 passages, replaces 1"), and the matrix rows (passage ids) it adds, drops, rewords and
 *     moves (a row is "moved" relative to the story order, a diff's move relative to the previous version);
 *   - approximate: a budget cut something short.
 * - orderByTime(versions): versions oldest first, by the same rule.
 * Options are domain/diff's CompareOptions (what is ignored, the similar-sentence threshold, budgets). For
 * the side-by-side and inline views of any two columns, call diffVersions(from.paragraphs, to.paragraphs).
 */
export { alignStory } from './align-story';
export { orderByTime } from './order-by-time';
export { versionSteps } from './version-steps';
export { alignPassages, type AlignedRow } from './align-passages';
export type { StoryVersion } from './story-version';
export type * from './types';

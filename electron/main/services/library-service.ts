import { ApiFailure } from '../../../shared/api/errors';
import type { Library, LibraryQuery, StoryDetail } from '../../../shared/api/contract';
import type { CopySummary, DraftSummary, StorySummary, WireCopy } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import { foldForSearch, queryWords } from './search-text';

/** When a copy was current: its publication time if known, else when it was imported (ISO strings sort). */
/** A copy of a summary, for the caller to keep; far cheaper than structuredClone over a whole library. */
const detached = (copy: CopySummary): CopySummary => ({ ...copy, origin: { ...copy.origin } });

const timeOf = (copy: CopySummary): string => copy.publishedAt ?? copy.importedAt;
/** ISO times compare as plain strings; localeCompare would cost seconds over 50,000 copies. */
const newestFirst = (a: string | null, b: string | null): number => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
};

/**
 * The library: copies and the stories grouping them, filtered by words and outlet, and the drafts, by title.
 * Searches the summaries only (headline, outlet, byline, dateline, source and the opening of the body): the
 * full bodies stay on disk, which is what keeps a 50,000-copy library quick to open and to filter.
 */
export function createLibraryService(store: Store) {
  // Folded search text per summary object; summaries are replaced, never mutated, so this stays right.
  const folded = new WeakMap<CopySummary, string>();
  const haystack = (copy: CopySummary): string => {
    let text = folded.get(copy);
    if (text === undefined) {
      text = foldForSearch([copy.headline, copy.outlet, copy.byline, copy.dateline, copy.origin.source, copy.snippet].filter(Boolean).join(' \n '));
      folded.set(copy, text);
    }
    return text;
  };

  // Drafts merge several outlets, so the outlet filter leaves them all listed; the words match the title.
  const matchingDrafts = (words: string[]): DraftSummary[] =>
    store.drafts.list().filter((d) => words.every((w) => foldForSearch(d.title).includes(w)));

  return {
    list(input: LibraryQuery): Library {
      const all = store.copies.peekSummaries();
      const words = queryWords(input.query);
      const copies = all
        .filter((c) => (input.outlet === undefined || c.outlet === input.outlet) && words.every((w) => haystack(c).includes(w)))
        .sort((a, b) => newestFirst(timeOf(a), timeOf(b)));
      const matched = new Map(copies.map((c) => [c.id, c]));
      const stories: StorySummary[] = [];
      for (const story of store.stories.peekAll()) {
        const members = story.copyIds.flatMap((id) => matched.get(id) ?? []);
        if (members.length === 0) continue;
        stories.push({
          ...story,
          copyIds: story.copyIds.filter((id) => store.copies.has(id)),
          outlets: [...new Set(members.flatMap((c) => c.outlet ?? []))],
          newestAt: members.map(timeOf).sort(newestFirst)[0] ?? null,
        });
      }
      stories.sort((a, b) => newestFirst(a.newestAt, b.newestAt));
      const outlets = [...new Set(all.flatMap((c) => c.outlet ?? []))].sort((a, b) => a.localeCompare(b));
      // Every object returned is new (stories and arrays are built above): nothing of the store leaks out.
      return { stories, copies: copies.map(detached), drafts: matchingDrafts(words), outlets };
    },

    async copy(id: string): Promise<WireCopy> {
      const copy = await store.copies.get(id);
      if (!copy) {
        const listed = store.copies.has(id);
        throw new ApiFailure(
          'not-found',
          listed ? `The text of copy ${id} is missing from the store (see the store notices).` : `There is no copy with id ${id}.`,
        );
      }
      return copy;
    },

    async story(id: string): Promise<StoryDetail> {
      const story = store.stories.get(id);
      if (!story) throw new ApiFailure('not-found', `There is no story with id ${id}.`);
      const copies = (await Promise.all(story.copyIds.map((copyId) => store.copies.get(copyId)))).filter((c) => c !== undefined);
      return { story: { ...story, copyIds: copies.map((c) => c.id) }, copies };
    },
  };
}

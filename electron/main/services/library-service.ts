import { ApiFailure } from '../../../shared/api/errors';
import type { Library, LibraryQuery, StoryDetail } from '../../../shared/api/contract';
import type { CopySummary, DraftSummary, Story, StorySummary, WireCopy } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import { foldForSearch, queryWords } from './search-text';

/** A copy of a summary, for the caller to keep; far cheaper than structuredClone over a whole library. */
const detached = (copy: CopySummary): CopySummary => ({ ...copy, origin: { ...copy.origin } });

/** When a copy was current: its publication time if known, else when it was imported (ISO strings sort). */
const timeOf = (copy: CopySummary): string => copy.publishedAt ?? copy.importedAt;
/** ISO times compare as plain strings; localeCompare would cost seconds over 50,000 copies. */
const newestFirst = (a: string | null, b: string | null): number => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
};

/**
 * What every listing of one state of the store starts from, built once per change rather than per call: the
 * copies newest first with their folded search text, the outlets, and the stories by id.
 * At 50,000 copies, sorting and folding on every keystroke's search cost seconds.
 */
interface Snapshot {
  summaries: readonly CopySummary[];
  storiesOf: readonly Story[];
  copies: CopySummary[];
  haystacks: string[];
  outlets: string[];
  storyById: Map<string, Story>;
  /** The grouping of every copy, made the first time the unfiltered library is listed. */
  everything?: Grouping;
}

/** Matching copies (newest first), grouped by the story listing them; those no story lists are loose. */
interface Grouping {
  matched: CopySummary[];
  membersOf: Map<string, CopySummary[]>;
  loose: CopySummary[];
}

function grouped({ copies, storyById }: Snapshot, matches: (copy: CopySummary, index: number) => boolean): Grouping {
  const matched: CopySummary[] = [];
  const membersOf = new Map<string, CopySummary[]>();
  const loose: CopySummary[] = [];
  copies.forEach((copy, i) => {
    if (!matches(copy, i)) return;
    matched.push(copy);
    const known = copy.storyId === null ? undefined : storyById.get(copy.storyId);
    if (!known?.copyIds.includes(copy.id)) return void loose.push(copy);
    const members = membersOf.get(copy.storyId!);
    if (members) members.push(copy);
    else membersOf.set(copy.storyId!, [copy]);
  });
  return { matched, membersOf, loose };
}

function snapshotOf(summaries: readonly CopySummary[], storiesOf: readonly Story[]): Snapshot {
  const copies = [...summaries].sort((a, b) => newestFirst(timeOf(a), timeOf(b)));
  const haystacks = copies.map((c) => foldForSearch([c.headline, c.outlet, c.byline, c.dateline, c.origin.source, c.snippet].filter(Boolean).join(' \n ')));
  const outlets = [...new Set(summaries.flatMap((c) => c.outlet ?? []))].sort((a, b) => a.localeCompare(b));
  const storyById = new Map(storiesOf.map((story) => [story.id, story]));
  return { summaries, storiesOf, copies, haystacks, outlets, storyById };
}

/**
 * The library: copies and the stories grouping them, filtered by words and outlet, and the drafts, by title.
 * Searches the summaries only (headline, outlet, byline, dateline, source and the opening of the body): the
 * full bodies stay on disk, which is what keeps a 50,000-copy library quick to open and to filter.
 */
export function createLibraryService(store: Store) {
  let snapshot: Snapshot | null = null;
  /** The snapshot for the store as it is: the repositories replace their arrays on every change, never mutate them. */
  const current = (): Snapshot => {
    const summaries = store.copies.peekSummaries();
    const storiesOf = store.stories.peekAll();
    if (snapshot?.summaries !== summaries || snapshot.storiesOf !== storiesOf) snapshot = snapshotOf(summaries, storiesOf);
    return snapshot;
  };

  // Drafts merge several outlets, so the outlet filter leaves them all listed; the words match the title.
  const matchingDrafts = (words: string[]): DraftSummary[] =>
    store.drafts.list().filter((d) => words.every((w) => foldForSearch(d.title).includes(w)));

  return {
    list(input: LibraryQuery): Library {
      const snap = current();
      const { haystacks, outlets, storyById } = snap;
      const words = queryWords(input.query);
      const unfiltered = words.length === 0 && input.outlet === undefined;
      const matches = (copy: CopySummary, i: number) => (input.outlet === undefined || copy.outlet === input.outlet) && words.every((w) => haystacks[i]!.includes(w));
      // The unfiltered grouping (what the pane asks most) is the same until the store changes: kept with it.
      const { matched, membersOf, loose } = unfiltered ? (snap.everything ??= grouped(snap, () => true)) : grouped(snap, matches);
      // Map order is first-seen order, and the copies are newest first: the stories come newest first.
      const ordered = [...membersOf.keys()];
      const shown = input.limit === undefined ? ordered : ordered.slice(0, input.limit);
      const stories: StorySummary[] = shown.map((id) => {
        const story = storyById.get(id)!;
        const members = membersOf.get(id)!;
        return {
          ...story,
          copyIds: story.copyIds.filter((copyId) => store.copies.has(copyId)),
          outlets: [...new Set(members.flatMap((c) => c.outlet ?? []))],
          newestAt: timeOf(members[0]!),
        };
      });
      // Loose copies follow the last story in the tree, so a page that stops short of it leaves them out.
      const onPage = new Set(shown);
      const looseSet = new Set(loose);
      const copies = shown.length === ordered.length ? matched : matched.filter((c) => c.storyId !== null && onPage.has(c.storyId) && !looseSet.has(c));
      // Every object returned is new (stories and arrays are built above): nothing of the store leaks out.
      return {
        stories,
        copies: copies.map(detached),
        total: { stories: ordered.length, copies: matched.length },
        drafts: matchingDrafts(words),
        outlets: [...outlets],
      };
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

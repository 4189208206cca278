import type { Story } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import { earliestHeadline } from '../store/story-headline';

/**
 * Moves copies between stories, or out of every story (`null`, for copies being deleted), and writes the
 * result: stories named in `created` are made if needed, a story left empty disappears, and every story that
 * changed is retitled by its earliest copy. stories.json is the source of truth for membership, so it is
 * written first and the copies' storyId after it: a crash in between leaves copies naming their old story,
 * which the store puts right when it next opens (see store/reconcile-membership.ts).
 */
export async function moveCopies(store: Store, moves: ReadonlyMap<string, string | null>, at: string, created: readonly string[] = []): Promise<void> {
  const touched = new Map<string, Story>();
  const storyOf = (id: string): Story | undefined => {
    let story = touched.get(id) ?? store.stories.get(id);
    if (!story && created.includes(id)) story = { id, headline: null, copyIds: [], createdAt: at, updatedAt: at };
    if (story) touched.set(id, story);
    return story;
  };
  for (const [copyId, target] of moves) {
    const from = store.copies.peekSummary(copyId)?.storyId;
    const source = from ? storyOf(from) : undefined;
    if (source) source.copyIds = source.copyIds.filter((id) => id !== copyId);
    const destination = target === null ? undefined : storyOf(target);
    if (destination && !destination.copyIds.includes(copyId)) destination.copyIds = [...destination.copyIds, copyId];
  }
  const kept: Story[] = [];
  const emptied: string[] = [];
  for (const story of touched.values()) {
    const members = story.copyIds.flatMap((id) => store.copies.peekSummary(id) ?? []);
    if (members.length === 0) emptied.push(story.id);
    else kept.push({ ...story, headline: earliestHeadline(members), updatedAt: at });
  }
  const assigned = new Map([...moves].filter((move): move is [string, string] => move[1] !== null));
  await store.stories.apply(kept, emptied);
  await store.copies.setStoryIds(assigned);
}

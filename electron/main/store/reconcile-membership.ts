import type { Story } from '../../../shared/domain/model';
import type { CopyRepository } from './copy-repository';
import { earliestHeadline } from './story-headline';
import type { StoryRepository } from './story-repository';

export interface MembershipRepair {
  /** Copies whose storyId was changed to the story that lists them. */
  copiesMoved: number;
  /** Copies no story listed, added to the story they name (an import cut short before its stories). */
  copiesListed: number;
  /** Ids dropped from stories because no such copy is stored. */
  missingDropped: number;
}

/**
 * stories.json is the source of truth for which story a copy is in; a copy's storyId (in its summary and its
 * body) repeats it for the library, and is written after stories.json by every regrouping. An import writes
 * its copies before their stories instead (a story never names a copy that was not stored). So a crash
 * between two writes can leave copies naming a story that no longer lists them, or copies no story lists
 * yet; run on open, this puts both back in step, stories first and copies second, like a regrouping.
 * Returns null when everything already agreed (the usual case: nothing is written).
 */
export async function reconcileMembership(copies: CopyRepository, stories: StoryRepository, at: string): Promise<MembershipRepair | null> {
  const listedIn = new Map<string, string>();
  const changed = new Map<string, Story>();
  const emptied = new Set<string>();
  const byId = new Map(stories.peekAll().map((s) => [s.id, s]));
  let missingDropped = 0;

  for (const story of stories.peekAll()) {
    // A copy listed twice stays in the first story that lists it.
    const members = story.copyIds.filter((id) => copies.has(id) && !listedIn.has(id));
    for (const id of members) listedIn.set(id, story.id);
    if (members.length === story.copyIds.length) continue;
    missingDropped += story.copyIds.filter((id) => !copies.has(id)).length;
    if (members.length === 0) emptied.add(story.id);
    else changed.set(story.id, { ...structuredClone(story), copyIds: members });
  }

  const unlisted = new Map<string, string[]>();
  for (const summary of copies.peekSummaries()) {
    if (listedIn.has(summary.id) || summary.storyId === null) continue;
    const ids = unlisted.get(summary.storyId);
    if (ids) ids.push(summary.id);
    else unlisted.set(summary.storyId, [summary.id]);
  }
  let copiesListed = 0;
  for (const [storyId, ids] of unlisted) {
    const known = changed.get(storyId) ?? byId.get(storyId);
    const base = known && !emptied.has(storyId) ? known : { id: storyId, headline: null, copyIds: [], createdAt: known?.createdAt ?? at, updatedAt: at };
    emptied.delete(storyId);
    changed.set(storyId, { ...structuredClone(base), copyIds: [...base.copyIds, ...ids], updatedAt: at });
    for (const id of ids) listedIn.set(id, storyId);
    copiesListed += ids.length;
  }
  for (const story of changed.values()) story.headline = earliestHeadline(story.copyIds.flatMap((id) => copies.peekSummary(id) ?? []));

  const moved = new Map<string, string>();
  for (const summary of copies.peekSummaries()) {
    const storyId = listedIn.get(summary.id);
    if (storyId !== undefined && storyId !== summary.storyId) moved.set(summary.id, storyId);
  }
  if (changed.size === 0 && emptied.size === 0 && moved.size === 0) return null;
  await stories.apply([...changed.values()], [...emptied]);
  await copies.setStoryIds(moved);
  return { copiesMoved: moved.size, copiesListed, missingDropped };
}

import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/api/errors';
import type { StoryDetail } from '../../../shared/api/contract';
import type { Story } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import type { SerialQueue } from '../store/serial-queue';
import type { ServiceEvents } from './service-events';
import { moveCopies } from './story-membership';

/**
 * stories.move, stories.split and stories.join: the editor's regrouping. Each is applied to the stories and
 * then recorded in grouping.json by fingerprint, so imports respect it later (see CopyCommitter.placement).
 */
export function createRegroupService(deps: { store: Store; queue: SerialQueue; events: ServiceEvents; now: () => Date; story: (id: string) => Promise<StoryDetail> }) {
  const { store, queue, events, now } = deps;

  const storyOrFail = (id: string): Story => {
    const story = store.stories.get(id);
    if (!story) throw new ApiFailure('not-found', `There is no story with id ${id}.`);
    return story;
  };
  const fingerprintOf = (copyId: string): string => store.copies.peekSummary(copyId)!.fingerprint;
  const liveMembers = (story: Story): string[] => story.copyIds.filter((id) => store.copies.has(id));

  const done = async (storyId: string): Promise<StoryDetail> => {
    events.emit('library.changed', { reason: 'regroup' });
    return deps.story(storyId);
  };

  return {
    /** Moves one copy into another story, or into a new story of its own (storyId null). */
    move: ({ copyId, storyId }: { copyId: string; storyId: string | null }): Promise<StoryDetail> =>
      queue.run(async () => {
        const summary = store.copies.peekSummary(copyId);
        if (!summary) throw new ApiFailure('not-found', `There is no copy with id ${copyId}.`);
        const target = storyId === null ? randomUUID() : storyOrFail(storyId).id;
        const from = summary.storyId;
        if (target === from) return deps.story(target);
        await moveCopies(store, new Map([[copyId, target]]), now().toISOString(), [target]);
        const fingerprint = fingerprintOf(copyId);
        await store.grouping.record({ assign: new Map([[fingerprint, target]]), movedOutOf: from ? new Map([[fingerprint, from]]) : undefined });
        return done(target);
      }),

    /** Takes some copies of a story into a new one; the two are kept apart from then on. */
    split: ({ storyId, copyIds }: { storyId: string; copyIds: string[] }): Promise<StoryDetail> =>
      queue.run(async () => {
        const story = storyOrFail(storyId);
        const members = liveMembers(story);
        const leaving = [...new Set(copyIds)];
        const stranger = leaving.find((id) => !members.includes(id));
        if (stranger !== undefined) throw new ApiFailure('invalid-input', `Copy ${stranger} is not in story ${storyId}.`);
        const staying = members.filter((id) => !leaving.includes(id));
        if (staying.length === 0) throw new ApiFailure('invalid-input', 'A split must leave at least one copy in the story.');
        const created = randomUUID();
        await moveCopies(store, new Map(leaving.map((id) => [id, created])), now().toISOString(), [created]);
        // Both halves are recorded, so a deleted copy of either comes back to its own half.
        await store.grouping.record({
          assign: new Map([...leaving.map((id) => [fingerprintOf(id), created] as const), ...staying.map((id) => [fingerprintOf(id), storyId] as const)]),
          movedOutOf: new Map(leaving.map((id) => [fingerprintOf(id), storyId])),
          apart: [[storyId, created]],
        });
        return done(created);
      }),

    /** Joins stories into the first one named. */
    join: ({ storyIds }: { storyIds: string[] }): Promise<StoryDetail> =>
      queue.run(async () => {
        const stories = [...new Set(storyIds)].map(storyOrFail);
        const [target, ...others] = stories;
        if (!target || others.length === 0) throw new ApiFailure('invalid-input', 'Name at least two different stories to join.');
        const moving = others.flatMap(liveMembers);
        await moveCopies(store, new Map(moving.map((id) => [id, target.id])), now().toISOString());
        await store.grouping.record({
          assign: new Map([...liveMembers(target), ...moving].map((id) => [fingerprintOf(id), target.id])),
          joined: stories.map((s) => s.id),
        });
        return done(target.id);
      }),
  };
}

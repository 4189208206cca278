import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf, fakePage, fakePipeline } from './test-support';

// Moves, splits, joins and deletions on the fake pipeline (whose grouper joins copies with the same first
// paragraph), and the editor's decisions surviving re-imports.

const lead = 'The EHRC said the rules fall short.';
const leader = { headline: 'Met policy unlawful', outlet: 'Leader Live', paragraphs: [lead, 'The Met will deploy LFR.'] };
const hamilton = { headline: 'Watchdog criticises Met', outlet: 'Hamilton Advertiser', paragraphs: [lead, 'The Met is to deploy it at Notting Hill.'] };
const chronicle = { headline: 'LFR rules fall short', outlet: 'Chronicle', paragraphs: [lead, 'Campaigners welcomed the finding.'] };
const cafe = { headline: 'Café owners protest', outlet: 'Evening Post', paragraphs: ['Owners of cafés marched on Monday.'] };

async function withServices(run: (call: ReturnType<typeof callerOf>, changes: string[]) => Promise<void>) {
  await withTempDir(async (dir) => {
    // Each call is a minute later, so "earliest copy" is the one imported first.
    let minute = 0;
    const now = () => new Date(Date.UTC(2026, 2, 1, 12, minute++));
    const services = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, now, log: () => {} });
    const changes: string[] = [];
    services.events.on('library.changed', (p) => changes.push(p.reason));
    await run(callerOf(services.handlers), changes);
    await services.close();
  });
}

describe('regrouping', () => {
  it('splits a story, keeps the halves apart on re-import, and titles stories by their earliest copy', async () => {
    await withServices(async (call, changes) => {
      // One after another: the order of import is the order of the story's copies and of "earliest copy".
      const reports = [];
      for (const [i, x] of [leader, hamilton, chronicle].entries()) reports.push(await call('import.text', { text: fakePage(x), source: `${i}.txt` }));
      const ids = reports.map((r) => r.imported[0]!);
      const storyId = ids[0]!.storyId!;
      expect(new Set(ids.map((c) => c.storyId))).toEqual(new Set([storyId]));

      const split = await call('stories.split', { storyId, copyIds: [ids[0]!.id] });
      expect(split.copies.map((c) => c.id)).toEqual([ids[0]!.id]);
      expect(split.story.headline).toBe(leader.headline);
      const rest = await call('stories.get', { id: storyId });
      expect(rest.copies.map((c) => c.id)).toEqual([ids[1]!.id, ids[2]!.id]);
      expect(rest.story.headline).toBe(hamilton.headline);
      expect(changes).toContain('regroup');

      // Deleting and re-importing the split-off copy puts it back in its own half, not with its near-duplicates.
      expect(await call('copies.delete', { ids: [ids[0]!.id] })).toEqual({ deleted: [ids[0]!.id] });
      await expect(call('stories.get', { id: split.story.id })).rejects.toMatchObject({ code: 'not-found' });
      const back = await call('import.text', { text: fakePage(leader), source: 'again.txt' });
      expect(back.imported[0]!.storyId).toBe(split.story.id);
      // A copy of the other half comes back to the other half.
      await call('copies.delete', { ids: [ids[2]!.id] });
      expect((await call('import.text', { text: fakePage(chronicle) })).imported[0]!.storyId).toBe(storyId);
    });
  });

  it('moves a copy to another story or a new one, and a re-import follows the move', async () => {
    await withServices(async (call) => {
      const met = (await call('import.text', { text: fakePage(leader) })).imported[0]!;
      const near = (await call('import.text', { text: fakePage(hamilton) })).imported[0]!;
      const other = (await call('import.text', { text: fakePage(cafe) })).imported[0]!;
      expect(near.storyId).toBe(met.storyId);

      const moved = await call('stories.move', { copyId: near.id, storyId: other.storyId });
      expect(moved.story.id).toBe(other.storyId);
      expect(moved.copies.map((c) => c.id)).toEqual([other.id, near.id]);
      expect((await call('copies.get', { id: near.id })).storyId).toBe(other.storyId);
      expect((await call('library.list')).copies.find((c) => c.id === near.id)!.storyId).toBe(other.storyId);

      await call('copies.delete', { ids: [near.id] });
      expect((await call('import.text', { text: fakePage(hamilton) })).imported[0]!.storyId).toBe(other.storyId);

      const alone = await call('stories.move', { copyId: met.id, storyId: null });
      expect(alone.copies.map((c) => c.id)).toEqual([met.id]);
      expect(alone.story.id).not.toBe(met.storyId);
      // The story it left was empty and disappeared.
      await expect(call('stories.get', { id: met.storyId! })).rejects.toMatchObject({ code: 'not-found' });
      await expect(call('stories.move', { copyId: met.id, storyId: 'no-such-story' })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  it('joins stories into the first, and a re-import goes to the joined story', async () => {
    await withServices(async (call) => {
      const met = (await call('import.text', { text: fakePage(leader) })).imported[0]!;
      const other = (await call('import.text', { text: fakePage(cafe) })).imported[0]!;
      const joined = await call('stories.join', { storyIds: [other.storyId!, met.storyId!] });
      expect(joined.story.id).toBe(other.storyId);
      expect(joined.copies.map((c) => c.id).sort()).toEqual([met.id, other.id].sort());
      // Titled by the earliest copy: the Leader Live one was imported first.
      expect(joined.story.headline).toBe(leader.headline);
      expect((await call('library.list')).stories).toHaveLength(1);
      await call('copies.delete', { ids: [met.id] });
      expect((await call('import.text', { text: fakePage(leader) })).imported[0]!.storyId).toBe(other.storyId);
      await expect(call('stories.join', { storyIds: [other.storyId!, other.storyId!] })).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });

  it('refuses a split naming copies of another story or emptying the story', async () => {
    await withServices(async (call) => {
      const met = (await call('import.text', { text: fakePage(leader) })).imported[0]!;
      const other = (await call('import.text', { text: fakePage(cafe) })).imported[0]!;
      await expect(call('stories.split', { storyId: met.storyId!, copyIds: [other.id] })).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(call('stories.split', { storyId: met.storyId!, copyIds: [met.id] })).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });
});

describe('copies.delete', () => {
  it('deletes copies and their emptied stories, and forgets them for grouping and duplicates', async () => {
    await withServices(async (call, changes) => {
      const met = (await call('import.text', { text: fakePage(leader) })).imported[0]!;
      const result = await call('copies.delete', { ids: [met.id, 'unknown'] });
      expect(result).toEqual({ deleted: [met.id] });
      expect(changes).toContain('delete');
      expect(await call('library.list')).toMatchObject({ copies: [], stories: [] });
      await expect(call('copies.get', { id: met.id })).rejects.toMatchObject({ code: 'not-found' });
      // Not a duplicate any more, and not grouped with the deleted copy's story.
      const again = await call('import.text', { text: fakePage(hamilton) });
      expect(again.imported[0]!.storyId).not.toBe(met.storyId);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { makeCopy, withTempDir } from './test-support';

const story = (id: string, copyIds: string[]) => ({ id, headline: 'old', copyIds, createdAt: 'c', updatedAt: 'u' });

describe('reconciling copies with stories on open', () => {
  it('changes nothing and reports nothing when they agree', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([makeCopy('a', { storyId: 's1' }), makeCopy('b', { storyId: 's1' })]);
      await store.stories.upsertMany([story('s1', ['a', 'b'])]);
      await store.flush();
      const again = await openStore(dir);
      expect(again.health.notices()).toEqual([]);
      expect(again.stories.get('s1')).toEqual(story('s1', ['a', 'b']));
    });
  });

  it('completes an import cut short after its copies: they join the story they name, new or existing', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([
        makeCopy('a', { storyId: 's1', headline: 'Later', publishedAt: '2026-01-02T00:00:00.000Z' }),
        makeCopy('b', { storyId: 's1', headline: 'Earlier', publishedAt: '2026-01-01T00:00:00.000Z' }),
        makeCopy('c', { storyId: 's2' }),
      ]);
      await store.stories.upsertMany([story('s1', ['a'])]);
      await store.flush();

      const again = await openStore(dir, { now: () => new Date('2026-03-01T12:00:00.000Z') });
      expect(again.stories.get('s1')).toMatchObject({ copyIds: ['a', 'b'], headline: 'Earlier', createdAt: 'c' });
      expect(again.stories.get('s2')).toMatchObject({ copyIds: ['c'], headline: 'Headline c', createdAt: '2026-03-01T12:00:00.000Z' });
      expect(again.health.notices()).toEqual([expect.objectContaining({ kind: 'migrated', message: expect.stringContaining('2 copy(ies) of an unfinished import') })]);
    });
  });

  it('drops ids of copies that are not stored, and a copy listed twice stays in the first story', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([makeCopy('a', { storyId: 's2' })]);
      await store.stories.upsertMany([story('s1', ['a', 'gone']), story('s2', ['a']), story('s3', ['gone-too'])]);
      await store.flush();

      const again = await openStore(dir);
      expect(again.stories.peekAll().map((s) => [s.id, s.copyIds])).toEqual([['s1', ['a']]]);
      expect(again.copies.peekSummary('a')?.storyId).toBe('s1');
      expect((await again.copies.get('a'))?.storyId).toBe('s1');
      expect(again.health.notices()[0]?.message).toMatch(/1 copy\(ies\) put back.*2 missing copy\(ies\)/);
    });
  });
});

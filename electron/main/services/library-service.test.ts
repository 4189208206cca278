import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/domain/model';
import { openStore } from '../store/open-store';
import { makeCopy, withTempDir } from '../store/test-support';
import { createLibraryService } from './library-service';

const at = (hour: number) => `2026-11-27T${String(hour).padStart(2, '0')}:00:00.000Z`;
const story = (id: string, copyIds: string[]): Story => ({ id, headline: `Story ${id}`, copyIds, createdAt: at(0), updatedAt: at(0) });

/** Three stories (s3 newest) and one ungrouped copy, the oldest of all. */
async function withLibrary(run: (store: Awaited<ReturnType<typeof openStore>>, library: ReturnType<typeof createLibraryService>) => Promise<void>) {
  await withTempDir(async (dir) => {
    const store = await openStore(dir);
    await store.copies.addMany([
      makeCopy('a1', { storyId: 's1', publishedAt: at(1), headline: 'Council budget approved', outlet: 'Leeds Echo' }),
      makeCopy('a2', { storyId: 's1', publishedAt: at(2), headline: 'Council budget passed', outlet: 'Bath Post' }),
      makeCopy('b1', { storyId: 's2', publishedAt: at(5), headline: 'Café owners protest', outlet: 'Leeds Echo' }),
      makeCopy('c1', { storyId: 's3', publishedAt: at(7), headline: 'Flood defences delayed', outlet: 'York Herald' }),
      makeCopy('loose', { storyId: null, publishedAt: at(0), headline: 'Council meeting notes', outlet: 'York Herald' }),
    ]);
    await store.stories.upsertMany([story('s1', ['a1', 'a2']), story('s2', ['b1']), story('s3', ['c1'])]);
    await run(store, createLibraryService(store));
    await store.flush();
  });
}

describe('library.list', () => {
  it('lists stories newest first, then ungrouped copies, with totals', async () => {
    await withLibrary(async (_store, library) => {
      const all = library.list({});
      expect(all.stories.map((s) => s.id)).toEqual(['s3', 's2', 's1']);
      expect(all.copies.map((c) => c.id)).toEqual(['c1', 'b1', 'a2', 'a1', 'loose']);
      expect(all.total).toEqual({ stories: 3, copies: 5 });
      expect(all.stories[2]).toMatchObject({ newestAt: at(2), outlets: ['Bath Post', 'Leeds Echo'] });
      expect(all.outlets).toEqual(['Bath Post', 'Leeds Echo', 'York Herald']);
    });
  });

  it('pages the stories: the first `limit` with their copies, ungrouped copies only once every story fits', async () => {
    await withLibrary(async (_store, library) => {
      const page = library.list({ limit: 2 });
      expect(page.stories.map((s) => s.id)).toEqual(['s3', 's2']);
      expect(page.copies.map((c) => c.id)).toEqual(['c1', 'b1']);
      expect(page.total).toEqual({ stories: 3, copies: 5 });
      expect(library.list({ limit: 3 }).copies.map((c) => c.id)).toContain('loose');
      // Paging a search: its stories are ordered by their newest matching copy; all of them fit, so the loose one follows.
      const found = library.list({ query: 'council', limit: 1 });
      expect(found.stories.map((s) => s.id)).toEqual(['s1']);
      expect(found.total).toEqual({ stories: 1, copies: 3 });
      expect(found.copies.map((c) => c.id)).toEqual(['a2', 'a1', 'loose']);
    });
  });

  it('filters by folded words and outlet, and sees every change to the store', async () => {
    await withLibrary(async (store, library) => {
      expect(library.list({ query: 'CAFE owners' }).copies.map((c) => c.id)).toEqual(['b1']);
      expect(library.list({ outlet: 'Leeds Echo' }).stories.map((s) => s.id)).toEqual(['s2', 's1']);
      expect(library.list({ query: 'zebra' })).toMatchObject({ stories: [], copies: [], total: { stories: 0, copies: 0 } });

      await store.copies.addMany([makeCopy('c2', { storyId: 's3', publishedAt: at(8), headline: 'Zebra crossing flooded', outlet: 'Bath Post' })]);
      await store.stories.upsertMany([story('s3', ['c1', 'c2'])]);
      const after = library.list({ query: 'zebra' });
      expect(after.copies.map((c) => c.id)).toEqual(['c2']);
      expect(after.stories[0]).toMatchObject({ id: 's3', copyIds: ['c1', 'c2'], newestAt: at(8) });
      await store.copies.deleteMany(['b1']);
      expect(library.list({}).copies.map((c) => c.id)).not.toContain('b1');
    });
  });

  it('hands out copies the caller may change without changing the store', async () => {
    await withLibrary(async (_store, library) => {
      const first = library.list({});
      first.copies[0]!.headline = 'changed';
      first.stories[0]!.copyIds.push('x');
      first.outlets.push('x');
      const again = library.list({});
      expect(again.copies[0]!.headline).toBe('Flood defences delayed');
      expect(again.stories[0]!.copyIds).toEqual(['c1']);
      expect(again.outlets).not.toContain('x');
    });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, parseDraftDocument } from '../shared/domain/draft';
import { createServices } from '../electron/main/services';
import { callerOf, fakePipeline } from '../electron/main/services/test-support';
import { withTempDir } from '../electron/main/store/test-support';
import { generateStore } from './generate-store';

const COPIES = 200;
const DRAFTS = 10;

describe('generateStore', () => {
  it('writes a store the app opens as it is: stories of 1 to 8 outlets, searchable words, drafts that open', async () => {
    await withTempDir(async (dir) => {
      const made = await generateStore(dir, { copies: COPIES, drafts: DRAFTS, seed: 3 });
      expect(made).toMatchObject({ copies: COPIES, drafts: DRAFTS });
      expect(made.revisions).toBeGreaterThanOrEqual(DRAFTS * 2);

      const services = await createServices({ dataDir: dir, resourcesDir: dir, shell: 'cli', pipeline: fakePipeline });
      try {
        const call = callerOf(services.handlers);
        const status = await call('store.status');
        expect(status.notices).toEqual([]);
        expect(status.counts).toEqual({ copies: COPIES, stories: made.stories, drafts: DRAFTS });

        const library = await call('library.list');
        expect(library.copies).toHaveLength(COPIES);
        const sizes = library.stories.map((s) => s.copyIds.length);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
        expect(sizes.some((n) => n > 1)).toBe(true);
        // Versions of one story come from distinct outlets.
        for (const story of library.stories) expect(story.outlets).toHaveLength(story.copyIds.length);
        expect(library.outlets.length).toBeGreaterThan(20);

        // Searching narrows the list to copies holding the words, and a word nobody wrote finds nothing.
        const town = library.copies[0]!.dateline!.toLowerCase();
        const found = await call('library.list', { query: town });
        expect(found.copies.length).toBeGreaterThan(0);
        expect(found.copies.length).toBeLessThan(COPIES);
        expect((await call('library.list', { query: 'zebra' })).copies).toEqual([]);

        for (const summary of library.drafts) {
          const draft = await call('drafts.get', { id: summary.id });
          const parsed = parseDraftDocument(draft.content);
          expect(parsed.ok && parsed.document.merge !== null).toBe(true);
          expect(countWords(draft.text)).toBeGreaterThanOrEqual(500);
          expect(countWords(draft.text)).toBeLessThanOrEqual(2_500);
          const revisions = await call('drafts.revisions', { id: summary.id });
          expect(revisions.length).toBeGreaterThanOrEqual(2);
          expect(revisions[0]!.revision).toBe(draft.revision);
        }
        const story = await call('stories.get', { id: library.drafts[0]!.storyId! });
        expect(story.copies.length).toBe(story.story.copyIds.length);
      } finally {
        await services.close();
      }
    });
  });

  it('writes the same store for the same seed', async () => {
    await withTempDir(async (dir) => {
      await generateStore(path.join(dir, 'a'), { copies: 60, drafts: 2, seed: 9 });
      await generateStore(path.join(dir, 'b'), { copies: 60, drafts: 2, seed: 9 });
      await generateStore(path.join(dir, 'c'), { copies: 60, drafts: 2, seed: 10 });
      const read = (name: string, file: string) => readFile(path.join(dir, name, file), 'utf8');
      expect(await read('a', 'copies/index.json')).toBe(await read('b', 'copies/index.json'));
      expect(await read('a', 'stories.json')).toBe(await read('b', 'stories.json'));
      expect(await read('a', 'copies/index.json')).not.toBe(await read('c', 'copies/index.json'));
    });
  });

  it('refuses a folder that holds anything, unless forced', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'notes.txt'), 'mine');
      await expect(generateStore(dir, { copies: 10 })).rejects.toThrow(/is not empty.*--force/);
      await generateStore(dir, { copies: 10, force: true });
      expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    });
  });
});

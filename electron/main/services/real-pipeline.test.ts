import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../shared/domain/analyze';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf } from './test-support';

const resourcesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources');

describe('first start with the real import pipeline', () => {
  it('stores the sample page as analysed: every article, grouped as on the page, and a second import adds nothing', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, resourcesDir, shell: 'cli', now: () => new Date('2026-03-01T12:00:00.000Z') });
      const call = callerOf(services.handlers);
      const text = await readFile(path.join(resourcesDir, 'samples', 'daily8-met-lfr.txt'), 'utf8');
      const analysis = analyzePage(text, { source: 'sample:daily8-met-lfr.txt', importedAt: '2026-03-01T12:00:00.000Z' });

      const library = await call('library.list');
      expect(library.copies.map((c) => c.headline).sort()).toEqual(analysis.articles.map((a) => a.headline).sort());
      // Articles the page puts in one story share a stored story, and only those.
      const storyOfHeadlineAndOutlet = new Map(library.copies.map((c) => [`${c.outlet}|${c.headline}`, c.storyId]));
      for (const pageStory of analysis.stories) {
        const members = pageStory.articles.map((id) => analysis.articles.find((a) => a.id === id)!);
        expect(new Set(members.map((a) => storyOfHeadlineAndOutlet.get(`${a.outlet}|${a.headline}`))).size).toBe(1);
      }
      expect(library.stories).toHaveLength(analysis.stories.length);

      const again = await call('import.sample');
      expect(again.imported).toEqual([]);
      expect(again.duplicates).toHaveLength(analysis.articles.length);
      await services.close();
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import type { ImportPipeline } from './import-pipeline';
import { callerOf, fakeAnalyze, fakePage, fakePipeline } from './test-support';

// A page whose analysis removed two lines before the body and one after it.
const pipeline: ImportPipeline = {
  ...fakePipeline,
  read: async ({ name, bytes }) => {
    const analysis = fakeAnalyze(new TextDecoder().decode(bytes), { source: name });
    analysis.articles[0]!.removed = ['Menu', 'Sign in', 'Related articles'];
    analysis.articles[0]!.removedBefore = 2;
    return { format: 'text', analysis };
  },
};

describe('copies.restoreRemoved', () => {
  it('puts a removed line back where it stood (top or end of the body), persisted', async () => {
    await withTempDir(async (dir) => {
      const open = () => createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline, log: () => {} });
      const services = await open();
      const call = callerOf(services.handlers);
      const page = fakePage({ headline: 'Ferry fares rise', outlet: 'Wire', paragraphs: ['Fares rise in April.', 'Fuel costs are blamed.'] });
      const { id } = (await call('import.text', { text: page })).imported[0]!;

      const after = await call('copies.restoreRemoved', { id, index: 2 });
      expect(after.paragraphs).toEqual(['Fares rise in April.', 'Fuel costs are blamed.', 'Related articles']);
      expect(after.removed).toEqual(['Menu', 'Sign in']);
      const top = await call('copies.restoreRemoved', { id, index: 0 });
      expect(top.paragraphs).toEqual(['Menu', 'Fares rise in April.', 'Fuel costs are blamed.', 'Related articles']);
      // The next header line goes after the header line already restored, keeping page order.
      const both = await call('copies.restoreRemoved', { id, index: 0 });
      expect(both.paragraphs.slice(0, 3)).toEqual(['Menu', 'Sign in', 'Fares rise in April.']);
      expect(both.removed).toEqual([]);
      expect(both).not.toHaveProperty('layout');
      await expect(call('copies.restoreRemoved', { id, index: 0 })).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(call('copies.restoreRemoved', { id: 'nope', index: 0 })).rejects.toMatchObject({ code: 'not-found' });
      // Still the same copy for the duplicate check.
      expect((await call('import.text', { text: page })).duplicates).toHaveLength(1);
      await services.close();

      const reopened = await open();
      const copy = await callerOf(reopened.handlers)('copies.get', { id });
      expect(copy.paragraphs).toEqual(both.paragraphs);
      expect((await callerOf(reopened.handlers)('library.list')).copies[0]!.wordCount).toBe(13);
      await reopened.close();
    });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriter } from '../store/atomic-write';
import { openStore } from '../store/open-store';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf, fakePage, fakePipeline } from './test-support';

// A regrouping writes stories.json, then the copies' storyId. A crash between the two is simulated with a
// disk that refuses every write under copies/ once armed; reopening must show copies and stories in step.

const ferry = { headline: 'Ferry fares rise', outlet: 'Wire', paragraphs: ['Fares rise in April.', 'Fuel costs are blamed.'] };
const cafe = { headline: 'Café owners protest', outlet: 'Evening Post', paragraphs: ['Owners of cafés marched on Monday.'] };

/** The atomic writer, until `arm()`: from then on, writes to copy bodies and the copy index fail. */
function crashingWriter() {
  let armed = false;
  const writer: AtomicWriter = async (file, text) => {
    if (armed && file.includes(`${path.sep}copies${path.sep}`)) throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
    await writeFileAtomic(file, text);
  };
  return { writer, arm: () => void (armed = true) };
}

describe('story membership after a crash between the stories write and the copies write', () => {
  it('reopens with every copy in the story that lists it, and says it repaired the store', async () => {
    await withTempDir(async (dir) => {
      const disk = crashingWriter();
      const options = { dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli' as const, pipeline: fakePipeline, log: () => {} };
      const services = await createServices({ ...options, store: { writer: disk.writer } });
      const call = callerOf(services.handlers);
      const moving = (await call('import.text', { text: fakePage(ferry) })).imported[0]!;
      const target = (await call('import.text', { text: fakePage(cafe) })).imported[0]!;
      expect(moving.storyId).not.toBe(target.storyId);

      disk.arm();
      await expect(call('stories.move', { copyId: moving.id, storyId: target.storyId })).rejects.toMatchObject({ code: 'store-unwritable' });
      await services.close();

      const store = await openStore(dir);
      const listing = store.stories.peekAll().filter((s) => s.copyIds.includes(moving.id));
      expect(listing.map((s) => s.id)).toEqual([target.storyId]);
      expect(store.copies.peekSummary(moving.id)?.storyId).toBe(target.storyId);
      expect((await store.copies.get(moving.id))?.storyId).toBe(target.storyId);
      // The story the copy left was its only one: it is gone, not left empty.
      expect(store.stories.get(moving.storyId!)).toBeUndefined();
      expect(store.health.notices()).toEqual([expect.objectContaining({ kind: 'migrated', message: expect.stringContaining('1 copy(ies) put back') })]);
      await store.flush();

      // Repaired once: the next start has nothing to say.
      expect((await openStore(dir)).health.notices()).toEqual([]);
    });
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../store/test-support';
import { createServices, type ServicesOptions } from './create-services';
import { callerOf, fakePage, fakePipeline } from './test-support';


const met = { headline: 'Met facial recognition policy unlawful', outlet: 'Leader Live', paragraphs: ['The EHRC said the rules fall short.', 'The Met will deploy LFR at the carnival.'] };
const metAgain = { ...met, outlet: 'Hamilton Advertiser', paragraphs: ['The EHRC said the rules fall short.', 'The Met is to deploy it at Notting Hill.'] };
const cafe = { headline: 'Café owners protest', outlet: 'Évening Post', paragraphs: ['Owners of cafés marched on Monday.'] };

type Call = ReturnType<typeof callerOf>;

async function withServices(run: (call: Call, dir: string) => Promise<void>, extra: Partial<ServicesOptions> = {}) {
  await withTempDir(async (dir) => {
    const resourcesDir = path.join(dir, 'resources');
    await mkdir(path.join(resourcesDir, 'samples'), { recursive: true });
    await writeFile(path.join(resourcesDir, 'samples', 'sample.txt'), fakePage(cafe));
    const services = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir, shell: 'cli', pipeline: fakePipeline, ...extra });
    await run(callerOf(services.handlers), dir);
    await services.close();
  });
}

describe('first start', () => {
  it('imports the samples once, so a new user sees a story', async () => {
    await withServices(async (call, dir) => {
      const library = await call('library.list');
      expect(library.copies.map((c) => c.headline)).toEqual([cafe.headline]);
      expect(library.copies[0]!.origin.source).toBe('sample:sample.txt');
      // Reopening does not import it again, even after the user removes nothing.
      const again = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir: path.join(dir, 'resources'), shell: 'cli', pipeline: fakePipeline });
      expect(await callerOf(again.handlers)('library.list')).toMatchObject({ copies: [{ headline: cafe.headline }] });
    });
  });
});

describe('imports', () => {
  it('stores new copies, reports exact duplicates and joins near-duplicates to the stored story', async () => {
    await withServices(async (call) => {
      const first = await call('import.text', { text: fakePage(met), source: 'leader.txt' });
      expect(first.imported).toHaveLength(1);
      const dup = await call('import.text', { text: fakePage(met) });
      expect(dup).toMatchObject({ imported: [], duplicates: [{ source: 'clipboard', existingId: first.imported[0]!.id, headline: met.headline }] });
      const near = await call('import.text', { text: fakePage(metAgain), source: 'hamilton.txt' });
      expect(near.imported[0]!.storyId).toBe(first.imported[0]!.storyId);

      const story = await call('stories.get', { id: first.imported[0]!.storyId! });
      expect(story.copies.map((c) => c.outlet)).toEqual(['Leader Live', 'Hamilton Advertiser']);
      expect(story.copies[1]!.paragraphs).toEqual(metAgain.paragraphs);
      const copy = await call('copies.get', { id: near.imported[0]!.id });
      expect(copy.origin).toEqual({ source: 'hamilton.txt', format: 'text', index: 0 });
    });
  });

  it('lets only one of two simultaneous imports of the same text store it', async () => {
    await withServices(async (call) => {
      const [a, b] = await Promise.all([call('import.text', { text: fakePage(met) }), call('import.text', { text: fakePage(met) })]);
      expect(a.imported.length + b.imported.length).toBe(1);
      expect(a.duplicates.length + b.duplicates.length).toBe(1);
    });
  });

  it('keeps articles of one page in one story', async () => {
    await withServices(async (call) => {
      const report = await call('import.text', { text: fakePage(met, { ...cafe, headline: 'Other', paragraphs: ['Another story.'] }) });
      expect(report.imported.map((c) => c.origin.index)).toEqual([0, 1]);
      expect(new Set(report.imported.map((c) => c.storyId)).size).toBe(1);
    });
  });

  it('lets one bad file fail alone, naming it and why', async () => {
    await withServices(async (call) => {
      await call('settings.update', { maxImportBytes: 2048 });
      const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
      const report = await call('import.files', {
        files: [
          { name: 'C:\\Users\\ann\\good.txt', dataBase64: b64(fakePage(met)) },
          { name: 'broken.txt', dataBase64: 'not base64!' },
          { name: 'huge.txt', dataBase64: b64('x'.repeat(4096)) },
          { name: 'latin1.txt', dataBase64: b64(Buffer.from([0x63, 0x61, 0x66, 0xe9])) },
          { name: 'refused.txt', dataBase64: b64('FAIL') },
          { name: 'empty.txt', dataBase64: b64('no articles here') },
        ],
      });
      expect(report.imported.map((c) => c.origin.source)).toEqual(['good.txt']);
      const failed = Object.fromEntries(report.failed.map((f) => [f.source, f.message]));
      expect(Object.keys(failed)).toEqual(['broken.txt', 'huge.txt', 'latin1.txt', 'refused.txt', 'empty.txt']);
      expect(failed['broken.txt']).toMatch(/broken\.txt.*base64/);
      expect(failed['huge.txt']).toBe('huge.txt: 4.0 KB is over the 2.0 KB import limit (Settings)');
      expect(failed['latin1.txt']).toMatch(/latin1\.txt/);
      expect(failed['empty.txt']).toBe('empty.txt: no article was found in it.');
    });
  });

  it('refuses pasted text over the limit with the limit stated', async () => {
    await withServices(async (call) => {
      await call('settings.update', { maxImportBytes: 1024 });
      await expect(call('import.text', { text: 'y'.repeat(2000) })).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('1.0 KB') });
    });
  });

  it('announces progress and the library change', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
      const seen: unknown[] = [];
      services.events.on('import.progress', (p) => seen.push(p));
      services.events.on('library.changed', (p) => seen.push(p));
      await callerOf(services.handlers)('import.text', { text: fakePage(met), source: 'a.txt' });
      expect(seen).toEqual([{ done: 0, total: 1, current: 'a.txt' }, { reason: 'import' }, { done: 1, total: 1, current: '' }]);
    });
  });
});

describe('library.list', () => {
  it('filters by all words, ignoring case and accents, and by outlet, newest first', async () => {
    await withServices(async (call) => {
      await call('import.text', { text: fakePage(met) });
      expect((await call('library.list', { query: 'CAFE owners' })).copies.map((c) => c.headline)).toEqual([cafe.headline]);
      expect((await call('library.list', { query: 'cafe lfr' })).copies).toEqual([]);
      const byOutlet = await call('library.list', { outlet: 'Leader Live' });
      expect(byOutlet.copies.map((c) => c.outlet)).toEqual(['Leader Live']);
      expect(byOutlet.stories).toHaveLength(1);
      expect(byOutlet.stories[0]).toMatchObject({ outlets: ['Leader Live'], headline: met.headline });
      expect(byOutlet.outlets).toEqual(['Évening Post', 'Leader Live'].sort((a, b) => a.localeCompare(b)));
      const all = await call('library.list');
      // Both imported in this run; the later import is listed first.
      expect(all.copies.map((c) => c.headline)).toEqual([met.headline, cafe.headline]);
    });
  });
});

describe('drafts', () => {
  it('saves revisions, refuses a save based on an old revision, and deletes', async () => {
    await withServices(async (call) => {
      const draft = await call('drafts.save', { storyId: null, title: 'One', content: '{}', text: 'First' });
      expect(draft.revision).toBe(1);
      const second = await call('drafts.save', { id: draft.id, storyId: null, title: 'One', content: '{}', text: 'Second', baseRevision: 1, checkpoint: true });
      expect(second.revision).toBe(2);
      await expect(call('drafts.save', { id: draft.id, storyId: null, title: 'One', content: '{}', text: 'Stale', baseRevision: 1 })).rejects.toMatchObject({
        code: 'conflict',
        details: { currentRevision: 2 },
      });
      expect((await call('drafts.get', { id: draft.id })).text).toBe('Second');
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => r.text)).toEqual(['Second', 'First']);
      expect(await call('drafts.list')).toEqual([expect.objectContaining({ id: draft.id, revision: 2 })]);
      await call('drafts.delete', { id: draft.id });
      await expect(call('drafts.get', { id: draft.id })).rejects.toMatchObject({ code: 'not-found' });
      await expect(call('drafts.delete', { id: '../meta' })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  it('lets only one of two simultaneous saves from the same revision win', async () => {
    await withServices(async (call) => {
      const draft = await call('drafts.save', { storyId: null, title: 't', content: '{}', text: 'base' });
      const edit = (text: string) => call('drafts.save', { id: draft.id, storyId: null, title: 't', content: '{}', text, baseRevision: 1 });
      const results = await Promise.allSettled([edit('left'), edit('right')]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((await call('drafts.get', { id: draft.id })).revision).toBe(2);
    });
  });

  it('keeps only the newest revisions', async () => {
    await withServices(async (call) => {
      let draft = await call('drafts.save', { storyId: null, title: 't', content: '{}', text: '0' });
      for (let i = 1; i <= 55; i += 1) draft = await call('drafts.save', { id: draft.id, storyId: null, title: 't', content: '{}', text: String(i), checkpoint: true });
      const revisions = await call('drafts.revisions', { id: draft.id });
      expect(revisions).toHaveLength(50);
      expect(revisions[0]!.revision).toBe(56);
    });
  });

  it('exports text and Markdown with a safe file name', async () => {
    await withServices(async (call) => {
      const draft = await call('drafts.save', { storyId: null, title: 'Met: "LFR" policy?', content: '{}', text: 'First para.\n\n# not a heading\nLast.' });
      expect(await call('export.draft', { id: draft.id, format: 'txt' })).toEqual({
        filename: 'met-lfr-policy.txt',
        mime: 'text/plain;charset=utf-8',
        encoding: 'utf8',
        content: 'Met: "LFR" policy?\n\nFirst para.\n\n# not a heading\n\nLast.\n',
      });
      const md = await call('export.draft', { id: draft.id, format: 'md' });
      expect(md.content).toBe('# Met: "LFR" policy?\n\nFirst para.\n\n\\# not a heading\n\nLast.\n');
      expect(md.filename).toBe('met-lfr-policy.md');
    });
  });
});

describe('settings and status', () => {
  it('persists settings and reports counts', async () => {
    await withServices(async (call, dir) => {
      await call('settings.update', { theme: 'dark' });
      const again = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir: dir, shell: 'cli', pipeline: fakePipeline });
      expect(await again.handlers['settings.get']({})).toMatchObject({ theme: 'dark' });
      expect(await call('store.status')).toMatchObject({ dataDir: path.join(dir, 'data'), writable: true, counts: { copies: 1, stories: 1, drafts: 0 } });
    });
  });

  it('fails an import on a disk that refuses writes without listing anything, and says so in the status', async () => {
    let refuse = false;
    await withServices(
      async (call) => {
        refuse = true;
        await expect(call('import.text', { text: fakePage(met) })).rejects.toMatchObject({ code: 'store-unwritable' });
        expect((await call('library.list')).copies).toHaveLength(1);
        const status = await call('store.status');
        expect(status.writable).toBe(false);
        expect(status.notices[0]).toMatchObject({ kind: 'read-only' });
        // The grouper forgot the failed copies: once the disk is back, the same text imports as new.
        refuse = false;
        expect((await call('import.text', { text: fakePage(met) })).imported).toHaveLength(1);
      },
      {
        store: {
          writer: async (file, text) => {
            if (refuse) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
            await writeFile(file, text);
          },
        },
      },
    );
  });
});

import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wireStory, withRealServices } from './import-test-support';

// import.pick with a fake native dialog: folders walked recursively, progress, cancel, a file that vanishes
// mid-import and a 300 MB file refused by the limit (sparse, so the test writes almost nothing).

async function folderOfStories(root: string): Promise<void> {
  await mkdir(path.join(root, 'desk', 'nested', 'deeper'), { recursive: true });
  await mkdir(path.join(root, 'desk', '.hidden'), { recursive: true });
  await writeFile(path.join(root, 'desk', 'a.txt'), wireStory('ferry'));
  await writeFile(path.join(root, 'desk', 'nested', 'b.md'), wireStory('museum'));
  await writeFile(path.join(root, 'desk', 'nested', 'deeper', 'c.txt'), wireStory('school'));
  await writeFile(path.join(root, 'desk', 'nested', 'photo.png'), 'not read');
  await writeFile(path.join(root, 'desk', '.hidden', 'd.txt'), wireStory('airport'));
  await writeFile(path.join(root, 'desk', '.DS_Store'), 'junk');
}

describe('import.pick', () => {
  it('walks a picked folder recursively, skipping hidden and unsupported files, announcing progress', async () => {
    let dir = '';
    await withRealServices(
      async (call, services, tempDir) => {
        dir = tempDir;
        await folderOfStories(dir);
        const progress: { done: number; total: number; current: string }[] = [];
        services.events.on('import.progress', (p) => progress.push(p));
        const report = await call('import.pick', { kind: 'folder' });
        expect(report.failed).toEqual([]);
        expect(report.imported.map((c) => c.origin.source)).toEqual(['desk/a.txt', 'desk/nested/b.md', 'desk/nested/deeper/c.txt']);
        expect(report.skipped).toBe(3);
        expect(report.cancelled).toBe(false);
        expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3]);
        expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: '' });
        expect(await call('app.info')).toMatchObject({ shell: 'cli', nativeDialogs: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
      },
      { pickPaths: async (kind) => (kind === 'folder' ? [path.join(dir, 'desk')] : null) },
    );
  });

  it('reports a file that vanished before it was read and a 300 MB file, and goes on', async () => {
    let picked: string[] = [];
    await withRealServices(
      async (call, services, dir) => {
        picked = ['first.txt', 'vanishing.txt', 'huge.txt', 'last.txt', 'notes.rtf'].map((n) => path.join(dir, n));
        await writeFile(picked[0]!, wireStory('canal'));
        await writeFile(picked[1]!, wireStory('bypass'));
        const huge = await open(picked[2]!, 'w');
        await huge.truncate(300 * 1024 * 1024);
        await huge.close();
        await writeFile(picked[3]!, wireStory('hospital'));
        await writeFile(picked[4]!, 'rich text');
        // The file disappears while the batch is under way, after the dialog listed it.
        services.events.on('import.progress', (p) => {
          if (p.current === 'first.txt') void rm(picked[1]!);
        });
        const report = await call('import.pick', { kind: 'files' });
        expect(report.imported.map((c) => c.origin.source)).toEqual(['first.txt', 'last.txt']);
        expect(report.failed).toEqual([
          { source: 'vanishing.txt', message: 'vanishing.txt: no such file (it was moved or deleted)' },
          { source: 'huge.txt', message: 'huge.txt: 300 MB is over the 50 MB import limit (Settings)' },
          { source: 'notes.rtf', message: expect.stringMatching(/^notes\.rtf: unsupported file type \.rtf/) },
        ]);
        expect((await call('library.list')).copies).toHaveLength(2);
      },
      { pickPaths: async () => picked },
    );
  });

  it('stops after the file in hand when cancelled, keeping what was imported', async () => {
    let picked: string[] = [];
    await withRealServices(
      async (call, services, dir) => {
        picked = ['one', 'two', 'three', 'four'].map((n) => path.join(dir, `${n}.txt`));
        for (const [i, file] of picked.entries()) await writeFile(file, wireStory(['tunnel', 'pier', 'depot', 'market'][i]!));
        services.events.on('import.progress', (p) => {
          if (p.current === 'two.txt') void call('import.cancel').then((r) => expect(r).toEqual({ cancelled: true }));
        });
        const report = await call('import.pick', { kind: 'files' });
        expect(report.cancelled).toBe(true);
        expect(report.imported.map((c) => c.origin.source)).toEqual(['one.txt', 'two.txt']);
        expect(await call('import.cancel')).toEqual({ cancelled: false });
      },
      { pickPaths: async () => picked },
    );
  });

  it('is unavailable without a native dialog, and a cancelled dialog imports nothing', async () => {
    await withRealServices(async (call) => {
      await expect(call('import.pick', { kind: 'files' })).rejects.toMatchObject({ code: 'unavailable' });
      expect(await call('app.info')).toMatchObject({ shell: 'cli', nativeDialogs: false, platform: process.platform });
    });
    await withRealServices(
      async (call) => {
        expect(await call('import.pick', { kind: 'files' })).toEqual({ imported: [], duplicates: [], failed: [], cancelled: true, skipped: 0 });
      },
      { pickPaths: async () => null },
    );
  });
});

describe('import.preview', () => {
  it('shows the articles of pasted text without storing anything', async () => {
    await withRealServices(async (call) => {
      const preview = await call('import.preview', { text: wireStory('reservoir'), source: 'clipboard' });
      expect(preview.articles).toHaveLength(1);
      expect(preview.articles[0]).toMatchObject({ source: 'clipboard', headline: 'Reservoir plan approved after long debate' });
      expect(preview.articles[0]!.paragraphs[0]).toMatch(/^LONDON \(Wire\)/);
      expect((await call('library.list')).copies).toEqual([]);
      await expect(call('import.preview', { text: '\u0000\u0001\u0002 binary', source: 'clip' })).rejects.toMatchObject({ code: 'unreadable', message: /^clip: / });
    });
  });
});

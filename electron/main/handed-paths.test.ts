import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { wireStory, withRealServices } from './services/import-test-support';
import { handOverPaths } from './handed-paths';

// The hand-over goes through the real import.pick (behind the store's check for other writers, which awaits
// before the pick asks for its paths): if the handed paths were lost on the way, the dialog stand-in would be asked.

describe('handOverPaths', () => {
  it('imports handed files through import.pick without opening the dialog, and records them as recent', async () => {
    const dialog = vi.fn(async () => null);
    const recent: string[][] = [];
    const handOver = handOverPaths(dialog, (paths) => recent.push([...paths]));
    let dir = '';
    await withRealServices(
      async (_call, services, tempDir) => {
        dir = tempDir;
        const files = ['ferry.txt', 'museum.txt'].map((name) => path.join(dir, name));
        await writeFile(files[0]!, wireStory('ferry'));
        await writeFile(files[1]!, wireStory('museum'));
        const progress: number[] = [];
        services.events.on('import.progress', (p) => progress.push(p.done));
        const report = await handOver.importPaths([...files, path.join(dir, 'gone.txt')], services.handlers['import.pick']);
        expect(report.imported.map((c) => c.origin.source)).toEqual(['ferry.txt', 'museum.txt']);
        expect(report.failed.map((f) => f.source)).toEqual(['gone.txt']);
        expect(progress.at(-1)).toBe(3);
        expect(dialog).not.toHaveBeenCalled();
        expect(recent).toEqual([[...files, path.join(dir, 'gone.txt')]]);

        // The next pick is the user's: it opens the dialog again, and a cancelled dialog records nothing.
        const picked = await services.handlers['import.pick']({ kind: 'files' });
        expect(picked.cancelled).toBe(true);
        expect(dialog).toHaveBeenCalledWith('files');
        expect(recent).toHaveLength(1);
      },
      { pickPaths: (kind) => handOver.pickPaths(kind) },
    );
  });

  it('never leaves handed paths for a later dialog pick when a pick did not take them', async () => {
    const dialog = vi.fn(async () => ['/chosen.txt']);
    const handOver = handOverPaths(dialog, () => {});
    const report = { imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0 };
    await handOver.importPaths(['/handed.txt'], () => report);
    expect(await handOver.pickPaths('files')).toEqual(['/chosen.txt']);
  });

  it('gives the handed paths to its own pick even when the pick awaits first, and never to a dialog pick made meanwhile', async () => {
    const dialog = vi.fn(async () => ['/chosen.txt']);
    const handOver = handOverPaths(dialog, () => {});
    const report = { imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0 };
    const asked: (string[] | null)[] = [];
    // Like import.pick behind the store's check for other writers: a pause before it asks for its paths.
    const slowPick = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      asked.push(await handOver.pickPaths('files'));
      return report;
    };
    const handedImport = handOver.importPaths(['/handed.txt'], slowPick);
    const dialogPick = handOver.pickPaths('files');
    await handedImport;
    expect(asked).toEqual([['/handed.txt']]);
    expect(await dialogPick).toEqual(['/chosen.txt']);
    expect(dialog).toHaveBeenCalledTimes(1);
  });

  it('answers null without a dialog when the shell has none and nothing was handed', async () => {
    const handOver = handOverPaths(undefined, () => {});
    expect(await handOver.pickPaths('folder')).toBeNull();
  });
});

import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteOps, type WriteOps } from '../store/atomic-write';
import { withTempDir } from '../store/test-support';
import { errno } from './export-test-support';
import { writeExportFile } from './export-write';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Real calls, with one of them replaced. */
const withFault = (fault: Partial<WriteOps>): WriteOps => ({ ...nodeWriteOps, ...fault });

/** A disk that fills up after the temporary file was created and part of it written. */
const fullDisk = withFault({
  open: async (file, flags) => {
    const handle = await nodeWriteOps.open(file, flags);
    return {
      writeFile: async (data) => {
        await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
        throw errno('ENOSPC', 'no space left on device');
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
});

/** Whether chmod stops this process writing (it does not for root, which the CI runs as). */
async function chmodStopsWrites(dir: string): Promise<boolean> {
  const probe = path.join(dir, 'probe');
  await mkdir(probe);
  await chmod(probe, 0o500);
  try {
    await writeFile(path.join(probe, 'x'), 'x');
    return false;
  } catch {
    return true;
  } finally {
    await chmod(probe, 0o700);
    await rm(probe, { recursive: true, force: true });
  }
}

describe('writeExportFile', () => {
  it('writes a new file whole and leaves nothing else in the folder', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.txt');
      expect(await writeExportFile(target, bytes('Hello\n'), 'ask')).toBe(target);
      expect(await readFile(target, 'utf8')).toBe('Hello\n');
      expect(await readdir(dir)).toEqual(['story.txt']);
    });
  });

  it("'ask' refuses an existing file with its path and the next free numbered name, and keeps it", async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.ninjs.json');
      await writeFile(target, 'theirs');
      await writeFile(path.join(dir, 'story-2.ninjs.json'), 'theirs too');
      const refused = writeExportFile(target, bytes('ours'), 'ask');
      await expect(refused).rejects.toMatchObject({ code: 'exists', details: { path: target, numbered: path.join(dir, 'story-3.ninjs.json') } });
      expect(await readFile(target, 'utf8')).toBe('theirs');
      expect((await readdir(dir)).sort()).toEqual(['story-2.ninjs.json', 'story.ninjs.json']);
    });
  });

  it("'replace' replaces, 'number' writes the next free name, 'skip' writes nothing", async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.md');
      await writeFile(target, 'old');
      expect(await writeExportFile(target, bytes('new'), 'replace')).toBe(target);
      expect(await readFile(target, 'utf8')).toBe('new');
      expect(await writeExportFile(target, bytes('second'), 'number')).toBe(path.join(dir, 'story-2.md'));
      expect(await writeExportFile(target, bytes('third'), 'number')).toBe(path.join(dir, 'story-3.md'));
      expect(await writeExportFile(target, bytes('skipped'), 'skip')).toBeNull();
      expect(await readFile(path.join(dir, 'story-3.md'), 'utf8')).toBe('third');
      expect(await readFile(target, 'utf8')).toBe('new');
      expect((await readdir(dir)).sort()).toEqual(['story-2.md', 'story-3.md', 'story.md']);
    });
  });

  it("'number' can start past names the caller knows are taken, and still never clobbers", async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.txt');
      await writeFile(target, 'theirs');
      await writeFile(path.join(dir, 'story-4.txt'), 'theirs too');
      expect(await writeExportFile(target, bytes('ours'), 'number', nodeWriteOps, 4)).toBe(path.join(dir, 'story-5.txt'));
      expect(await readFile(path.join(dir, 'story-4.txt'), 'utf8')).toBe('theirs too');
      expect((await readdir(dir)).sort()).toEqual(['story-4.txt', 'story-5.txt', 'story.txt']);
    });
  });

  it('never clobbers a file that appears between the temporary write and putting it in place', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.txt');
      // Another program creates the target just before the link: the check-then-write gap of a naive writer.
      const racing = withFault({
        link: async (from, to) => {
          if (to === target) await writeFile(target, 'theirs');
          await nodeWriteOps.link(from, to);
        },
      });
      await expect(writeExportFile(target, bytes('ours'), 'ask', racing)).rejects.toMatchObject({ code: 'exists' });
      expect(await readFile(target, 'utf8')).toBe('theirs');
      await rm(target);
      expect(await writeExportFile(target, bytes('ours'), 'number', racing)).toBe(path.join(dir, 'story-2.txt'));
      expect(await readFile(target, 'utf8')).toBe('theirs');
      expect(await readFile(path.join(dir, 'story-2.txt'), 'utf8')).toBe('ours');
      expect((await readdir(dir)).sort()).toEqual(['story-2.txt', 'story.txt']);
    });
  });

  it('on a disk without hard links, still never clobbers (exclusive move)', async () => {
    await withTempDir(async (dir) => {
      const noLinks = withFault({ link: async () => Promise.reject(errno('ENOTSUP', 'operation not supported')) });
      const target = path.join(dir, 'story.txt');
      await writeFile(target, 'theirs');
      expect(await writeExportFile(target, bytes('ours'), 'number', noLinks)).toBe(path.join(dir, 'story-2.txt'));
      await expect(writeExportFile(target, bytes('ours'), 'ask', noLinks)).rejects.toMatchObject({ code: 'exists' });
      expect(await readFile(target, 'utf8')).toBe('theirs');
      expect(await readFile(path.join(dir, 'story-2.txt'), 'utf8')).toBe('ours');
      expect((await readdir(dir)).sort()).toEqual(['story-2.txt', 'story.txt']);
    });
  });

  it('on a full disk says so, names the file, and leaves no partial or temporary file', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.html');
      for (const policy of ['ask', 'replace', 'number'] as const) {
        const failing = writeExportFile(target, bytes('<p>article</p>'), policy, fullDisk);
        await expect(failing).rejects.toMatchObject({ code: 'write-failed', message: `Could not write ${target}: the disk is full. Nothing was left behind.` });
        expect(await readdir(dir)).toEqual([]);
      }
    });
  });

  it('a failure after the temporary file is complete (putting it in place) also leaves nothing', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.txt');
      const refusing = withFault({ rename: async () => Promise.reject(errno('EIO')), link: async () => Promise.reject(errno('EIO')) });
      await expect(writeExportFile(target, bytes('x'), 'replace', refusing)).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('read or write error') });
      await expect(writeExportFile(target, bytes('x'), 'ask', refusing)).rejects.toMatchObject({ code: 'write-failed' });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('in a folder without write permission (injected: the permission a read-only folder gives) names the folder', async () => {
    await withTempDir(async (dir) => {
      const denied = withFault({ open: async () => Promise.reject(errno('EACCES', 'permission denied')) });
      const target = path.join(dir, 'story.txt');
      await expect(writeExportFile(target, bytes('x'), 'ask', denied)).rejects.toMatchObject({
        code: 'write-failed',
        message: `Could not write ${target}: no permission to write in ${dir}. Nothing was left behind.`,
        details: { path: target, cause: 'EACCES' },
      });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('in a real read-only folder (chmod 0o500) names the folder and leaves nothing', async (context) => {
    await withTempDir(async (dir) => {
      // Root writes through chmod: there the injected case above is the check, and this one says it skipped.
      if (!(await chmodStopsWrites(dir))) return context.skip('running as root: chmod does not stop writes');
      const folder = path.join(dir, 'locked');
      await mkdir(folder);
      await chmod(folder, 0o500);
      try {
        const target = path.join(folder, 'story.txt');
        await expect(writeExportFile(target, bytes('x'), 'ask')).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining(`no permission to write in ${folder}`) });
        expect(await readdir(folder)).toEqual([]);
      } finally {
        await chmod(folder, 0o700);
      }
    });
  });

  it('writes a name near the 255-byte limit (its temporary name is shortened)', async () => {
    await withTempDir(async (dir) => {
      const ascii = path.join(dir, `${'a'.repeat(240)}.ninjs.json`);
      // 80 CJK characters are 240 bytes of UTF-8.
      const cjk = path.join(dir, `${'新'.repeat(80)}.txt`);
      expect(await writeExportFile(ascii, bytes('{}'), 'ask')).toBe(ascii);
      expect(await writeExportFile(cjk, bytes('x'), 'ask')).toBe(cjk);
      expect((await readdir(dir)).sort()).toEqual([path.basename(ascii), path.basename(cjk)].sort());
    });
  });

  it('into a folder that no longer exists says so', async () => {
    await withTempDir(async (dir) => {
      const folder = path.join(dir, 'gone');
      await mkdir(folder);
      await rm(folder, { recursive: true });
      const target = path.join(folder, 'story.txt');
      await expect(writeExportFile(target, bytes('x'), 'number')).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining(`the folder ${folder} no longer exists`) });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('over a folder of the same name, refuses and keeps the folder', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'story.txt');
      await mkdir(target);
      await expect(writeExportFile(target, bytes('x'), 'replace')).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining(target) });
      await expect(writeExportFile(target, bytes('x'), 'ask')).rejects.toMatchObject({ code: 'exists' });
      expect(await readdir(dir)).toEqual(['story.txt']);
      expect(await readdir(target)).toEqual([]);
    });
  });
});

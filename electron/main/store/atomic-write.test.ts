import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteOps, writeFileAtomic } from './atomic-write';
import { SerialQueue } from './serial-queue';
import { withTempDir } from './test-support';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file behind', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json');
      await writeFile(file, 'old');
      await writeFileAtomic(file, 'new');
      expect(await readFile(file, 'utf8')).toBe('new');
      expect(await readdir(dir)).toEqual(['a.json']);
    });
  });

  it('writes a text longer than one write step whole, characters outside the BMP included', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'big.json');
      // Three code units a repeat after one: some step boundary falls between the halves of a pair.
      const text = `a${'😀”'.repeat(300_000)}`;
      await writeFileAtomic(file, text);
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  });

  it('leaves the old file whole when the new one cannot be put in place', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json');
      await writeFile(file, 'old');
      // Renaming a file over a folder fails after the temporary file was written.
      const folderTarget = path.join(dir, 'folder');
      await mkdir(folderTarget);
      await expect(writeFileAtomic(folderTarget, 'new')).rejects.toThrow();
      expect(await readFile(file, 'utf8')).toBe('old');
      expect((await readdir(dir)).sort()).toEqual(['a.json', 'folder']);
    });
  });
});

describe('SerialQueue', () => {
  it('runs tasks one at a time in call order, and goes on after a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms);
      });
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 1))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('nodeWriteOps.moveExclusive (the no-clobber commit of disks without hard links)', () => {
  it('moves the finished file into a free name, whole', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, '.story.txt.1.1.tmp'), 'the whole story');
      await nodeWriteOps.moveExclusive(path.join(dir, '.story.txt.1.1.tmp'), path.join(dir, 'story.txt'));
      expect(await readdir(dir)).toEqual(['story.txt']);
      expect(await readFile(path.join(dir, 'story.txt'), 'utf8')).toBe('the whole story');
    });
  });

  it('refuses a taken name with EEXIST and touches neither file', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'story.txt'), 'theirs');
      await writeFile(path.join(dir, '.story.txt.1.1.tmp'), 'ours');
      await expect(nodeWriteOps.moveExclusive(path.join(dir, '.story.txt.1.1.tmp'), path.join(dir, 'story.txt'))).rejects.toMatchObject({ code: 'EEXIST' });
      expect(await readFile(path.join(dir, 'story.txt'), 'utf8')).toBe('theirs');
      expect(await readFile(path.join(dir, '.story.txt.1.1.tmp'), 'utf8')).toBe('ours');
    });
  });

  it('leaves nothing under the name when the move fails', async () => {
    await withTempDir(async (dir) => {
      await expect(nodeWriteOps.moveExclusive(path.join(dir, 'vanished.tmp'), path.join(dir, 'story.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await readdir(dir)).toEqual([]);
    });
  });
});

import { readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFileOf, withFileLock } from './file-lock';
import { withTempDir } from './test-support';

const exists = (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

describe('withFileLock', () => {
  it('holds a hidden lock beside the file while the task runs, and removes it after, even when the task fails', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'stories.json');
      const lock = lockFileOf(file);
      expect(path.basename(lock)).toBe('.stories.json.lock');
      const seen = await withFileLock(file, async () => (await readFile(lock, 'utf8')).split('\n')[0]);
      expect(seen).toBe(String(process.pid));
      expect(await exists(lock)).toBe(false);
      await expect(withFileLock(file, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await exists(lock)).toBe(false);
    });
  });

  it('takes over the lock of a writer that died, on this machine, at once', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'meta.json');
      await writeFile(lockFileOf(file), `424242\n${os.hostname()}\nleft-by-a-kill`);
      const ran = await withFileLock(file, async () => 'ran', { isAlive: (pid) => pid !== 424242, waitMs: 10_000 });
      expect(ran).toBe('ran');
      expect(await exists(lockFileOf(file))).toBe(false);
    });
  });

  it('waits for a live holder, then gives up naming it; an old lock is taken over however alive its pid looks', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'grouping.json');
      const lock = lockFileOf(file);
      await writeFile(lock, `${process.pid}\n${os.hostname()}\nbusy`);
      let ran = false;
      const waited = withFileLock(file, async () => void (ran = true), { waitMs: 100 });
      await expect(waited).rejects.toMatchObject({ code: 'store-unwritable', message: expect.stringContaining(`another Copydesk process (pid ${process.pid})`) });
      expect(ran).toBe(false);
      // The holder's lock is still there: a writer that gave up never removes someone else's lock.
      expect(await readFile(lock, 'utf8')).toContain('busy');

      const longAgo = new Date(Date.now() - 60_000);
      await utimes(lock, longAgo, longAgo);
      await withFileLock(file, async () => void (ran = true), { waitMs: 100, staleMs: 30_000 });
      expect(ran).toBe(true);
    });
  });

  it('serialises tasks on one file, here in one process as it does between processes', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'index.json');
      const order: string[] = [];
      const task = (name: string) =>
        withFileLock(file, async () => {
          order.push(`${name} in`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push(`${name} out`);
        });
      await Promise.all([task('a'), task('b')]);
      expect(order).toEqual(order[0] === 'a in' ? ['a in', 'a out', 'b in', 'b out'] : ['b in', 'b out', 'a in', 'a out']);
    });
  });
});

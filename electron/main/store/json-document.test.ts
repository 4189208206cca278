import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { schemaFormat } from './file-format';
import { JsonDocument } from './json-document';
import { StoreHealth } from './store-health';
import { withTempDir } from './test-support';

const Counter = z.object({ n: z.number().int(), by: z.array(z.string()) });
type Counter = z.infer<typeof Counter>;

/** What another process holding the same file looks like: its own document, its own memory and queue. */
function processOn(file: string) {
  const now = () => new Date();
  return new JsonDocument<Counter>(file, schemaFormat(Counter), () => ({ n: 0, by: [] }), new StoreHealth(path.dirname(file), now), writeFileAtomic, now);
}

describe('JsonDocument shared with another process', () => {
  it('runs an update on what the other process stored, not on what it read at start', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'counter.json');
      const app = processOn(file);
      const cli = processOn(file);
      await Promise.all([app.load(), cli.load()]);
      await cli.update((c) => ({ n: c.n + 1, by: [...c.by, 'cli'] }));
      await cli.update((c) => ({ n: c.n + 1, by: [...c.by, 'cli'] }));
      const saved = await app.update((c) => ({ n: c.n + 1, by: [...c.by, 'app'] }));
      expect(saved).toEqual({ n: 3, by: ['cli', 'cli', 'app'] });
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved);
    });
  });

  it('loses no update when both write at once, the lock taking them in turn', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'counter.json');
      const writers = [processOn(file), processOn(file), processOn(file)];
      await Promise.all(writers.map((w) => w.load()));
      const bump = (w: JsonDocument<Counter>, name: string) => w.update((c) => ({ n: c.n + 1, by: [...c.by, name] }));
      await Promise.all(writers.flatMap((w, i) => Array.from({ length: 10 }, () => bump(w, `w${i}`))));
      const stored = Counter.parse(JSON.parse(await readFile(file, 'utf8')));
      expect(stored.n).toBe(30);
      expect(['w0', 'w1', 'w2'].map((name) => stored.by.filter((b) => b === name).length)).toEqual([10, 10, 10]);
    });
  });

  it('refresh re-reads only a changed file, tells its listeners, and sees the same-sized rewrite and the deletion', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'counter.json');
      const app = processOn(file);
      const cli = processOn(file);
      await cli.update(() => ({ n: 1, by: [] }));
      await app.load();
      let reloads = 0;
      app.onReload(() => (reloads += 1));
      expect(await app.refresh()).toBe(false);
      // Same length as before, written right after: only the file's identity tells them apart.
      await cli.update(() => ({ n: 2, by: [] }));
      expect(await app.refresh()).toBe(true);
      expect(app.peek()).toEqual({ n: 2, by: [] });
      expect(reloads).toBe(1);
      await cli.remove();
      expect(await app.refresh()).toBe(true);
      expect(app.onDisk).toBe(false);
      expect(app.peek()).toEqual({ n: 0, by: [] });
    });
  });

  it('sets aside a file damaged elsewhere and writes back the last good value, never the damage', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'counter.json');
      const app = processOn(file);
      await app.update(() => ({ n: 5, by: ['app'] }));
      await writeFile(file, '{"n": "five"');
      const saved = await app.update((c) => ({ ...c, n: c.n + 1 }));
      expect(saved).toEqual({ n: 6, by: ['app'] });
    });
  });
});

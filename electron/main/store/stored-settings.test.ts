import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, limitProblem } from '../../../shared/domain/model';
import { readStoredSettings } from './stored-settings';
import { withTempDir } from './test-support';

const writeMeta = (dir: string, meta: unknown) => writeFile(path.join(dir, 'meta.json'), typeof meta === 'string' ? meta : JSON.stringify(meta));

describe('readStoredSettings', () => {
  it('gives the defaults without a word, and creates nothing, where there is no store', async () => {
    await withTempDir(async (dir) => {
      const missing = path.join(dir, 'no-store-here');
      expect(await readStoredSettings(missing)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('reads the stored limits, with defaults for those an older store did not have', async () => {
    await withTempDir(async (dir) => {
      await writeMeta(dir, { schemaVersion: 2, settings: { theme: 'dark', maxImportBytes: 4096 }, seededSample: true });
      expect(await readStoredSettings(dir)).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', maxImportBytes: 4096 }, problem: null });
    });
  });

  it('falls back to the defaults, naming the file and the problem, for a damaged or out-of-range meta file', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'meta.json');
      await writeMeta(dir, '{"settings": ');
      const damaged = await readStoredSettings(dir);
      expect(damaged.settings).toEqual(DEFAULT_SETTINGS);
      expect(damaged.problem).toContain(`${file}: is not valid JSON`);

      await writeMeta(dir, { schemaVersion: 3, settings: { ...DEFAULT_SETTINGS, revisionsKept: 1 }, seededSample: true });
      const outOfRange = await readStoredSettings(dir);
      expect(outOfRange.settings).toEqual(DEFAULT_SETTINGS);
      expect(outOfRange.problem).toContain(limitProblem('revisionsKept'));

      await mkdir(path.join(dir, 'sub'));
      await writeFile(path.join(dir, 'sub', 'meta.json'), '[]');
      expect((await readStoredSettings(path.join(dir, 'sub'))).problem).toContain('settings are not usable');
    });
  });
});

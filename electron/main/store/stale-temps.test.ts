import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempBeside } from './atomic-write';
import { openStore } from './open-store';
import { removeStaleTemps, STALE_TEMP_AGE_MS } from './stale-temps';
import { storePaths } from './store-files';
import { withTempDir } from './test-support';

/** Makes a file look as if it was last written `ms` ago. */
const age = (file: string, ms: number) => utimes(file, new Date(Date.now() - ms), new Date(Date.now() - ms));

describe('removeStaleTemps', () => {
  it('deletes only old temporary files named like the atomic writer names them', async () => {
    await withTempDir(async (dir) => {
      // A real temporary file of the writer, as a killed process would leave it.
      const ours = await writeTempBeside(path.join(dir, 'index.json'), 'half of it');
      await age(ours, STALE_TEMP_AGE_MS + 5_000);
      const young = await writeTempBeside(path.join(dir, 'stories.json'), 'still being written');
      const lookalikes = ['.notes.tmp', 'index.json.12.3.tmp', '.index.json.12.tmp', '.index.json.x.3.tmp', 'report.txt'];
      for (const name of lookalikes) {
        await writeFile(path.join(dir, name), 'keep me');
        await age(path.join(dir, name), STALE_TEMP_AGE_MS * 10);
      }
      // A folder with a temp-like name is not a file of ours.
      await mkdir(path.join(dir, '.folder.json.1.2.tmp'));
      await age(path.join(dir, '.folder.json.1.2.tmp'), STALE_TEMP_AGE_MS * 10);

      expect(await removeStaleTemps(dir)).toEqual([ours]);
      expect((await readdir(dir)).sort()).toEqual([...lookalikes, path.basename(young), '.folder.json.1.2.tmp'].sort());
    });
  });

  it('matches the names of targets longer than the 60 characters the temp name keeps', async () => {
    await withTempDir(async (dir) => {
      const temp = await writeTempBeside(path.join(dir, `${'a-very-long-headline-slug-'.repeat(6)}.newsml.xml`), 'x');
      await age(temp, STALE_TEMP_AGE_MS + 1_000);
      expect(await removeStaleTemps(dir)).toEqual([temp]);
    });
  });

  it('answers nothing for a folder that does not exist', async () => {
    await withTempDir(async (dir) => expect(await removeStaleTemps(path.join(dir, 'gone'))).toEqual([]));
  });

  it('runs when the store opens, in the folders holding the big files', async () => {
    await withTempDir(async (dir) => {
      const paths = storePaths(dir);
      await mkdir(paths.copiesDir, { recursive: true });
      await mkdir(paths.draftsDir, { recursive: true });
      const stale = [
        await writeTempBeside(paths.copyIndex, '{"copies":['),
        await writeTempBeside(paths.shard(7), '{"cop'),
        await writeTempBeside(paths.meta, ''),
        await writeTempBeside(paths.draft('d1'), '{'),
      ];
      for (const file of stale) await age(file, STALE_TEMP_AGE_MS + 1_000);
      const fresh = await writeTempBeside(paths.stories, '{"stories":[]}');
      await openStore(dir);
      const left = [...(await readdir(dir)), ...(await readdir(paths.copiesDir)), ...(await readdir(paths.draftsDir))];
      for (const file of stale) expect(left).not.toContain(path.basename(file));
      expect(left).toContain(path.basename(fresh));
    });
  });
});

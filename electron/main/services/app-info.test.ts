import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../store/test-support';
import { defaultExportDir } from './app-info';

describe('defaultExportDir', () => {
  it('is the Documents folder when there is one, else the home folder', async () => {
    await withTempDir(async (home) => {
      expect(defaultExportDir(home)).toBe(home);
      // A file called Documents is not a place to export into.
      await writeFile(path.join(home, 'Documents'), '');
      expect(defaultExportDir(home)).toBe(home);
    });
    await withTempDir(async (home) => {
      await mkdir(path.join(home, 'Documents'));
      expect(defaultExportDir(home)).toBe(path.join(home, 'Documents'));
    });
  });
});

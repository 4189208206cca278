import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_FILE_NAME } from './atomic-write';

/**
 * Age past which a temporary file of ours is left over from a killed process. A live write refreshes its
 * file's modification time with every chunk, and another process (the CLI beside the app) may be writing
 * into the same folder right now: a minute is far longer than any write takes.
 */
export const STALE_TEMP_AGE_MS = 60_000;

/**
 * Deletes the temporary files a killed Copydesk left in `folder` (only names of our own pattern, only plain
 * files, only older than `minAgeMs`; never descends into subfolders). Best effort: a folder that cannot be
 * listed, or a file that cannot be deleted, is left as it is, since none of them is ever read. Returns the
 * paths deleted. Ages are measured on the real clock, as the file system stamps them (a test's fixed clock
 * says nothing about how old a file is).
 */
export async function removeStaleTemps(folder: string, minAgeMs = STALE_TEMP_AGE_MS): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_FILE_NAME.test(name)) continue;
    const file = path.join(folder, name);
    try {
      const info = await lstat(file);
      if (!info.isFile() || Date.now() - info.mtimeMs < minAgeMs) continue;
      await rm(file);
      removed.push(file);
    } catch {
      // Gone meanwhile (another process cleaned it) or not ours to delete: either way nothing to do.
    }
  }
  return removed;
}

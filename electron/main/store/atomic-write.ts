import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Replaces a file's content as one step. Injectable so tests can simulate a disk that refuses writes. */
export type AtomicWriter = (file: string, text: string) => Promise<void>;

let counter = 0;

/**
 * Writes to a temporary file in the same folder, fsyncs it, then renames it over the target. rename() within
 * one folder is atomic on every platform Copydesk runs on, so a crash leaves the old file or the new one,
 * never half of either. The folder itself is not fsynced: losing the rename in a power cut leaves the old
 * file, which is still whole.
 */
export const writeFileAtomic: AtomicWriter = async (file, text) => {
  counter += 1;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
};

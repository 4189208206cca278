import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Replaces a file's content as one step. Injectable so tests can simulate a disk that refuses writes. */
export type AtomicWriter = (file: string, text: string) => Promise<void>;

let counter = 0;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Characters encoded and written per step. Writing a 5 MB copy index in one call encodes all of it to UTF-8
 * in one synchronous step (over 100 ms on a busy machine), during which the services answer nothing.
 */
const WRITE_CHUNK_CHARS = 256 * 1024;

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
      for (let at = 0; at < text.length; ) {
        let end = Math.min(at + WRITE_CHUNK_CHARS, text.length);
        // Never cut between the two halves of a surrogate pair: each would be written as U+FFFD.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
        // Successive writeFile calls on one handle append, each writing all of its piece.
        await handle.writeFile(text.slice(at, end), 'utf8');
        at = end;
      }
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

import { link, lstat, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Replaces a file's content as one step. Injectable so tests can simulate a disk that refuses writes. */
export type AtomicWriter = (file: string, text: string) => Promise<void>;

/** The part of an open file a temporary write uses. */
export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file system calls behind an atomic write, so tests can make one of them fail the way a full disk or a
 * read-only folder would, after the temporary file exists (the case where it must be cleaned up).
 */
export interface WriteOps {
  open: (file: string, flags: 'w') => Promise<WritableFile>;
  rename: (from: string, to: string) => Promise<void>;
  /** A hard link: fails with EEXIST when `to` exists, which makes a no-clobber commit race-free. */
  link: (from: string, to: string) => Promise<void>;
  /**
   * Moves `from` to `to`, or fails with EEXIST (leaving `from` alone) when `to` exists: the no-clobber commit
   * of disks without hard links (FAT, exFAT, some shares), where it is atomic but not race-free (see below).
   */
  moveExclusive: (from: string, to: string) => Promise<void>;
  rm: (file: string) => Promise<void>;
}

export const nodeWriteOps: WriteOps = {
  open: (file, flags) => open(file, flags),
  rename,
  link,
  moveExclusive,
  rm: (file) => rm(file, { force: true }),
};

/**
 * Renames `from` to `to` after checking that `to` is free (EEXIST otherwise). On disks without hard links
 * there is no atomic "create only if absent" for a finished file: this is not race-free (a file another
 * program creates between the check and the rename is replaced), but a crash never leaves part of the export
 * under its name, which a reservation (empty file first) or an exclusive copy would: the SIGKILL loop of
 * crash-export.test.ts found empty reserved files. A newsroom exporting to a FAT USB stick is far more likely
 * to see Copydesk killed than another program writing that very name in the same millisecond.
 */
async function moveExclusive(from: string, to: string): Promise<void> {
  try {
    await lstat(to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return rename(from, to);
  }
  throw Object.assign(new Error(`EEXIST: file already exists, ${to}`), { code: 'EEXIST' });
}

/** Errors of link() that mean the disk has no hard links (FAT, exFAT, some network shares), not a refusal. */
export const NO_HARD_LINKS: ReadonlySet<string> = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EPERM', 'EXDEV']);

let counter = 0;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Characters encoded and written per step. Writing a 5 MB copy index in one call encodes all of it to UTF-8
 * in one synchronous step (over 100 ms on a busy machine), during which the services answer nothing.
 */
const WRITE_CHUNK_CHARS = 256 * 1024;

async function writeAll(handle: WritableFile, data: string | Uint8Array): Promise<void> {
  if (typeof data !== 'string') return handle.writeFile(data);
  for (let at = 0; at < data.length; ) {
    let end = Math.min(at + WRITE_CHUNK_CHARS, data.length);
    // Never cut between the two halves of a surrogate pair: each would be written as U+FFFD.
    if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1))) end -= 1;
    // Successive writeFile calls on one handle append, each writing all of its piece.
    await handle.writeFile(data.slice(at, end));
    at = end;
  }
}

/**
 * The name of every temporary file writeTempBeside makes: ".<target name, at most 60 characters>.<pid>.<n>.tmp".
 * A process killed mid-write leaves one behind; this is how the next run knows it is ours to delete.
 */
export const TEMP_FILE_NAME = /^\..{1,60}\.\d+\.\d+\.tmp$/s;

/**
 * Writes `data` (strings as UTF-8) to a new hidden file in `file`'s folder and fsyncs it; returns its path.
 * The same folder, so that moving it into place is a rename (or link) within one file system. On failure the
 * temporary file is removed before the error is rethrown.
 */
export async function writeTempBeside(file: string, data: string | Uint8Array, ops: WriteOps = nodeWriteOps): Promise<string> {
  counter += 1;
  // Named after the target for whoever finds one left by a crash, but shortened: a target name near the file
  // system's 255-byte limit must not fail only because its temporary name is longer. pid and counter keep it unique.
  const temp = path.join(path.dirname(file), `.${path.basename(file).slice(0, 60)}.${process.pid}.${counter}.tmp`);
  try {
    const handle = await ops.open(temp, 'w');
    try {
      await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (error) {
    await ops.rm(temp).catch(() => {});
    throw error;
  }
}

/**
 * Writes to a temporary file in the same folder, fsyncs it, then renames it over the target. rename() within
 * one folder is atomic on every platform Copydesk runs on, so a crash leaves the old file or the new one,
 * never half of either. The folder itself is not fsynced: losing the rename in a power cut leaves the old
 * file, which is still whole.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, ops: WriteOps = nodeWriteOps): Promise<void> {
  const temp = await writeTempBeside(file, data, ops);
  try {
    await ops.rename(temp, file);
  } catch (error) {
    await ops.rm(temp).catch(() => {});
    throw error;
  }
}

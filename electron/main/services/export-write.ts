import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { numberedFilename } from '../../../shared/domain/export';
import { NO_HARD_LINKS, nodeWriteOps, writeTempBeside, type WriteOps } from '../store/atomic-write';
import { writeFailed } from './export-write-error';

/** What to do when the target exists: fail with 'exists', replace it, write "name-2.ext" instead, or write nothing. */
export type ExistingFilePolicy = 'ask' | 'replace' | 'number' | 'skip';

/** Highest number tried for "name-N.ext" before giving up: a folder never holds that many of one name. */
const MAX_NUMBER = 9_999;

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

export const numberedPath = (file: string, n: number): string => path.join(path.dirname(file), numberedFilename(path.basename(file), n));

/**
 * Puts the finished temporary file at `target` unless something is there already (false then). A hard link
 * fails with EEXIST instead of replacing, so a file that appears between any check and this step is never
 * clobbered. Without hard links, a checked rename does the same, atomic but not race-free (moveExclusive in
 * atomic-write.ts says why): even there a crash never leaves part of an export under its final name.
 */
async function placeIfAbsent(temp: string, target: string, ops: WriteOps): Promise<boolean> {
  try {
    await ops.link(temp, target);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(errnoOf(error) ?? '')) throw error;
  }
  try {
    await ops.moveExclusive(temp, target);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
}

/** The first "name-N.ext" not taken, for the 'exists' answer to offer; a suggestion, not a reservation. */
async function nextFreePath(target: string): Promise<string | null> {
  for (let n = 2; n <= MAX_NUMBER; n += 1) {
    const candidate = numberedPath(target, n);
    try {
      await lstat(candidate);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return candidate;
      return null;
    }
  }
  return null;
}

/**
 * Writes an export atomically: a hidden temporary file in the target folder, fsynced, then renamed over the
 * target ('replace') or linked in place only where nothing exists (the other policies). Returns the path
 * written, or null when 'skip' found the file there. Any failure removes the temporary file and throws
 * 'write-failed' naming the file and the cause, or 'exists' (details.path, details.numbered) for 'ask'.
 * `firstNumber` lets a caller that knows "name-2" to "name-9" are taken (it wrote them) start at 10, so
 * numbering many files of one name costs one try each, not a walk past all the others.
 */
export async function writeExportFile(target: string, bytes: Uint8Array, ifExists: Exclude<ExistingFilePolicy, 'skip'>, ops?: WriteOps, firstNumber?: number): Promise<string>;
export async function writeExportFile(target: string, bytes: Uint8Array, ifExists: ExistingFilePolicy, ops?: WriteOps, firstNumber?: number): Promise<string | null>;
export async function writeExportFile(target: string, bytes: Uint8Array, ifExists: ExistingFilePolicy, ops: WriteOps = nodeWriteOps, firstNumber = 2): Promise<string | null> {
  let temp: string;
  try {
    temp = await writeTempBeside(target, bytes, ops);
  } catch (error) {
    throw writeFailed(target, error);
  }
  try {
    if (ifExists === 'replace') {
      await ops.rename(temp, target);
      return target;
    }
    if (await placeIfAbsent(temp, target, ops)) return target;
    if (ifExists === 'skip') return null;
    if (ifExists === 'ask') throw new ApiFailure('exists', `${target} already exists.`, { path: target, numbered: await nextFreePath(target) });
    for (let n = Math.max(2, firstNumber); n <= MAX_NUMBER; n += 1) {
      const candidate = numberedPath(target, n);
      if (await placeIfAbsent(temp, candidate, ops)) return candidate;
    }
    throw new ApiFailure('write-failed', `Could not write ${target}: it and every numbered name up to ${numberedPath(target, MAX_NUMBER)} exist.`, { path: target });
  } catch (error) {
    throw error instanceof ApiFailure ? error : writeFailed(target, error);
  } finally {
    // After a link the temporary name is a second name of the file; after a rename it is already gone.
    await ops.rm(temp).catch(() => {});
  }
}
